#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "demo/random.h"

#include <QDate>
#include <QHash>

namespace linli {

class Database;

namespace demo {

// The visits of the last year (or years) up to `today` for one community, as grid workers
// make them: households with care tags about as often as their tags ask, the others once a
// year or so, and one or two grids of the community lagging behind.
class VisitLives final
{
public:
    // `workers`: the grid worker who visits each grid, and logs the visits.
    VisitLives(Database &db, Random &rng, const QDate &today, const QHash<qint64, Actor> &workers)
        : m_db(db), m_rng(rng), m_today(today), m_workers(workers)
    {
    }
    // Returns how many visits were logged. `extraRoutine`: routine visits a year beyond the
    // yearly one for households without care tags (a district patrols more often).
    Result<int> generate(qint64 communityId, int days = 365, double extraRoutine = 0.0);

private:
    Database &m_db;
    Random &m_rng;
    QDate m_today;
    QHash<qint64, Actor> m_workers;
};

} // namespace demo
} // namespace linli
