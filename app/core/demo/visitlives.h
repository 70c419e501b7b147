#pragma once

#include "common/operator.h"
#include "common/result.h"
#include "demo/random.h"

#include <QDate>

namespace linli {

class Database;

namespace demo {

// The visits of the last year (or years) up to `today` for one community, as grid workers
// make them: households with care tags about as often as their tags ask, the others once a
// year or so, and one or two grids of the community lagging behind.
class VisitLives final
{
public:
    VisitLives(Database &db, Random &rng, const QDate &today, const Actor &actor)
        : m_db(db), m_rng(rng), m_today(today), m_actor(actor)
    {
    }
    // Returns how many visits were logged. `extraRoutine`: routine visits a year beyond the
    // yearly one for households without care tags (a district patrols more often).
    Result<int> generate(qint64 communityId, int days = 365, double extraRoutine = 0.0);

private:
    Database &m_db;
    Random &m_rng;
    QDate m_today;
    Actor m_actor;
};

} // namespace demo
} // namespace linli
