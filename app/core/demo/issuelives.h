#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "demo/random.h"

#include <QDate>

namespace linli {

class Database;

namespace demo {

// Issues of the last year (or years) up to `today` for one community, each taken through the workflow the way
// issues go: most resolved within their deadline, some overdue, some returned once or twice,
// follow-ups mostly satisfied, a few escalated, the newest still open.
class IssueLives final
{
public:
    IssueLives(Database &db, Random &rng, const QDate &today, const Actor &actor)
        : m_db(db), m_rng(rng), m_today(today), m_actor(actor)
    {
    }
    // `count` issues registered over the `days` days up to today; returns how many were.
    Result<int> generate(qint64 communityId, int count, int days = 365);

private:
    Database &m_db;
    Random &m_rng;
    QDate m_today;
    Actor m_actor;
};

} // namespace demo
} // namespace linli
