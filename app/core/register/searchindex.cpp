#include "searchindex.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace linli {

namespace {

// The deferred indexes open now, by register (each thread has its own connection).
QHash<const Database *, SearchIndex::Deferred *> &deferredIndexes()
{
    thread_local QHash<const Database *, SearchIndex::Deferred *> open;
    return open;
}

SearchIndex::Deferred *deferredFor(const Database *db)
{
    return deferredIndexes().value(db);
}

QSet<qint64> residentGrams(const QString &name, const QString &idNumber, const QString &phone)
{
    QSet<qint64> g = SearchIndex::grams(SearchIndex::fold(name), true);
    g.unite(SearchIndex::grams(SearchIndex::fold(idNumber), false));
    g.unite(SearchIndex::grams(SearchIndex::fold(phone), false));
    return g;
}

QSet<qint64> householdGrams(const QString &address, const QString &phone)
{
    QSet<qint64> g = SearchIndex::grams(SearchIndex::fold(address), true);
    g.unite(SearchIndex::grams(SearchIndex::fold(phone), false));
    return g;
}

} // namespace

QString SearchIndex::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFF01 + 0x21);
        if (u == 0x3000 || QChar(u).isSpace() || u == u'-')
            continue;
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        out += QChar(u);
    }
    return out;
}

qint64 SearchIndex::gramCode(QStringView gram)
{
    qint64 code = qint64(gram.size()) << 48;
    for (qsizetype i = 0; i < gram.size(); ++i)
        code |= qint64(gram.at(i).unicode()) << (32 - 16 * i);
    return code;
}

QSet<qint64> SearchIndex::grams(const QString &folded, bool withBigrams)
{
    QSet<qint64> out;
    const QStringView v(folded);
    for (qsizetype i = 0; i + 3 <= v.size(); ++i)
        out.insert(gramCode(v.mid(i, 3)));
    if (withBigrams) {
        for (qsizetype i = 0; i + 2 <= v.size(); ++i)
            out.insert(gramCode(v.mid(i, 2)));
    }
    return out;
}

Status SearchIndex::replaceGrams(Database &db, qint64 householdId, qint64 residentId, const QSet<qint64> &grams)
{
    // One prepared single-row statement, reused: cheaper than building a statement per call.
    if (Status s
        = execStatement(db, QStringLiteral("DELETE FROM search_gram WHERE resident_id = :r AND household_id = :h"),
                        {{QStringLiteral("h"), householdId}, {QStringLiteral("r"), residentId}});
        !s)
        return s;
    if (Deferred *deferred = deferredFor(&db)) {
        // An owner indexed again replaces what it had (a resident, wherever they live now).
        const std::pair<qint64, qint64> owner{residentId ? 0 : householdId, residentId};
        deferred->m_owners.insert(owner, {householdId, grams});
        return {};
    }
    std::vector<std::array<qint64, 3>> rows;
    rows.reserve(size_t(grams.size()));
    for (qint64 gram : grams)
        rows.push_back({gram, householdId, residentId});
    return insertGrams(db, rows);
}

Status SearchIndex::insertGrams(Database &db, const std::vector<std::array<qint64, 3>> &rows)
{
    // Statements of 32, 8 and 1 rows, each prepared once and bound by position.
    size_t done = 0;
    for (const int size : {32, 8, 1}) {
        QStringList values;
        for (int i = 0; i < size; ++i)
            values << QStringLiteral("(?, ?, ?)");
        const QString sql = QStringLiteral("INSERT INTO search_gram (gram, household_id, resident_id) VALUES ")
            + values.join(QLatin1String(", "));
        for (; rows.size() - done >= size_t(size); done += size_t(size)) {
            QString error;
            QSqlQuery *q = db.preparedStatement(sql, &error);
            if (!q)
                return Error{ErrorCode::Storage, error, {}};
            for (int i = 0; i < size; ++i)
                for (int c = 0; c < 3; ++c)
                    q->bindValue(3 * i + c, rows.at(done + size_t(i)).at(size_t(c)));
            const bool ok = q->exec();
            const QString failure = ok ? QString() : q->lastError().text();
            q->finish();
            if (!ok)
                return Error{ErrorCode::Storage, failure, {}};
        }
    }
    return {};
}

SearchIndex::Deferred::Deferred(Database &db) : m_db(db)
{
    deferredIndexes().insert(&db, this);
}

SearchIndex::Deferred::~Deferred()
{
    deferredIndexes().remove(&m_db);
}

Status SearchIndex::Deferred::flush()
{
    std::vector<std::array<qint64, 3>> rows;
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it)
        for (qint64 gram : it.value().second)
            rows.push_back({gram, it.value().first, it.key().second});
    m_owners.clear();
    std::sort(rows.begin(), rows.end());
    return insertGrams(m_db, rows);
}

Status SearchIndex::indexHousehold(Database &db, qint64 householdId)
{
    auto q = runQuery(db, QStringLiteral("SELECT address, phone FROM household WHERE id = :id"),
                      {{QStringLiteral("id"), householdId}});
    if (!q)
        return q.error();
    if (!q.value().next())
        return {};
    return replaceGrams(db, householdId, 0,
                        householdGrams(q.value().value(0).toString(), q.value().value(1).toString()));
}

Status SearchIndex::indexResident(Database &db, qint64 residentId)
{
    auto row = queryRow(db, QStringLiteral("SELECT household_id, name, id_number, phone FROM resident WHERE id = :id"),
                        {{QStringLiteral("id"), residentId}});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return {};
    const QVariantList &r = row.value();
    // A resident who moved to another household leaves no grams behind under the old one.
    if (Status s = execStatement(db, QStringLiteral("DELETE FROM search_gram WHERE resident_id = :r"),
                                 {{QStringLiteral("r"), residentId}});
        !s)
        return s;
    return replaceGrams(db, r.at(0).toLongLong(), residentId,
                        residentGrams(r.at(1).toString(), r.at(2).toString(), r.at(3).toString()));
}

Status SearchIndex::rebuild(Database &db)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (Status s = db.execute(QStringLiteral("DELETE FROM search_gram")); !s)
        return s;
    {
        auto q = runQuery(db, QStringLiteral("SELECT id, address, phone FROM household"));
        if (!q)
            return q.error();
        QList<std::pair<qint64, QSet<qint64>>> pending;
        while (q.value().next())
            pending.append({q.value().value(0).toLongLong(),
                            householdGrams(q.value().value(1).toString(), q.value().value(2).toString())});
        for (const auto &[id, g] : pending) {
            if (Status s = replaceGrams(db, id, 0, g); !s)
                return s;
        }
    }
    {
        auto q = runQuery(db, QStringLiteral("SELECT id, household_id, name, id_number, phone FROM resident"));
        if (!q)
            return q.error();
        struct Pending {
            qint64 id, household;
            QSet<qint64> grams;
        };
        QList<Pending> pending;
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            pending.append({r.value(0).toLongLong(), r.value(1).toLongLong(),
                            residentGrams(r.value(2).toString(), r.value(3).toString(), r.value(4).toString())});
        }
        for (const Pending &p : pending) {
            if (Status s = replaceGrams(db, p.household, p.id, p.grams); !s)
                return s;
        }
    }
    return tx.commit();
}

namespace {

// The grams a query must find: its one bigram, or all its trigrams.
QList<qint64> queryGrams(const QString &folded)
{
    if (folded.size() == 2)
        return {SearchIndex::gramCode(folded)};
    const QSet<qint64> g = SearchIndex::grams(folded, false);
    return QList<qint64>(g.cbegin(), g.cend());
}

} // namespace

Result<QList<SearchIndex::Hit>> SearchIndex::find(Database &db, const QString &text, int limit)
{
    const QString query = fold(text);
    if (query.size() < kMinimumQueryLength)
        return QList<Hit>();
    const QList<qint64> codes = queryGrams(query);

    // A single gram is itself a substring of one field. Several grams may come from different
    // fields of one owner, so those candidates are checked below: fetch some spare ones.
    const bool needsCheck = codes.size() > 1;
    QVariantMap binds{{QStringLiteral("limit"), needsCheck ? limit * 4 + 50 : limit}};
    QString sql;
    if (codes.size() == 1) {
        sql = QStringLiteral("SELECT household_id, resident_id FROM search_gram WHERE gram = :g "
                             "ORDER BY household_id, resident_id LIMIT :limit");
        binds.insert(QStringLiteral("g"), codes.constFirst());
    } else {
        sql = QStringLiteral("SELECT household_id, resident_id FROM search_gram WHERE %1 "
                             "GROUP BY household_id, resident_id HAVING count(*) = %2 "
                             "ORDER BY household_id, resident_id LIMIT :limit")
                  .arg(db.idListCondition(QStringLiteral("gram"), QStringLiteral("grams")))
                  .arg(codes.size());
        binds.insert(QStringLiteral("grams"), db.idListValue(codes));
    }
    auto q = runQuery(db, sql, binds);
    if (!q)
        return q.error();
    QList<Hit> candidates;
    while (q.value().next())
        candidates.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    if (!needsCheck)
        return candidates;

    // The grams of one owner come from several fields; keep only real substrings of one field.
    QList<qint64> residentIds, householdIds;
    for (const Hit &h : std::as_const(candidates)) {
        if (h.residentId)
            residentIds << h.residentId;
        else
            householdIds << h.householdId;
    }
    QSet<qint64> matchedResidents, matchedHouseholds;
    if (!residentIds.isEmpty()) {
        auto r = runQuery(db,
                          QStringLiteral("SELECT id, name, id_number, phone FROM resident WHERE ")
                              + db.idListCondition(QStringLiteral("id"), QStringLiteral("ids")),
                          {{QStringLiteral("ids"), db.idListValue(residentIds)}});
        if (!r)
            return r.error();
        while (r.value().next()) {
            for (int col = 1; col <= 3; ++col) {
                if (fold(r.value().value(col).toString()).contains(query)) {
                    matchedResidents.insert(r.value().value(0).toLongLong());
                    break;
                }
            }
        }
    }
    if (!householdIds.isEmpty()) {
        auto r = runQuery(db,
                          QStringLiteral("SELECT id, address, phone FROM household WHERE ")
                              + db.idListCondition(QStringLiteral("id"), QStringLiteral("ids")),
                          {{QStringLiteral("ids"), db.idListValue(householdIds)}});
        if (!r)
            return r.error();
        while (r.value().next()) {
            if (fold(r.value().value(1).toString()).contains(query)
                || fold(r.value().value(2).toString()).contains(query))
                matchedHouseholds.insert(r.value().value(0).toLongLong());
        }
    }
    QList<Hit> hits;
    for (const Hit &h : std::as_const(candidates)) {
        const bool ok
            = h.residentId ? matchedResidents.contains(h.residentId) : matchedHouseholds.contains(h.householdId);
        if (ok && hits.size() < limit)
            hits << h;
    }
    return hits;
}

Result<QList<qint64>> SearchIndex::findHouseholds(Database &db, const QString &text, int limit)
{
    const QString query = fold(text);
    if (query.size() < kMinimumQueryLength)
        return QList<qint64>();
    const QList<qint64> codes = queryGrams(query);
    QList<qint64> out;
    if (codes.size() == 1) {
        // The usual case of a name or building number: straight off the gram's index range.
        auto q = runQuery(db,
                          QStringLiteral("SELECT DISTINCT household_id FROM search_gram WHERE gram = :g "
                                         "ORDER BY household_id LIMIT :limit"),
                          {{QStringLiteral("g"), codes.constFirst()}, {QStringLiteral("limit"), limit}});
        if (!q)
            return q.error();
        while (q.value().next())
            out << q.value().value(0).toLongLong();
        return out;
    }
    auto hits = find(db, text, limit * 2);
    if (!hits)
        return hits.error();
    QSet<qint64> seen;
    for (const Hit &h : hits.value()) {
        if (!seen.contains(h.householdId) && out.size() < limit) {
            seen.insert(h.householdId);
            out << h.householdId;
        }
    }
    return out;
}

} // namespace linli
