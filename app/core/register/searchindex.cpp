#include "searchindex.h"

#include "register/types.h"
#include "access/permissions.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>

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

// The text an owner is indexed with: a resident's name, ID number and phone, or a household's
// address and phone. The first field also gets bigrams (a two-character given name).
const QChar kFieldSeparator(0x1F);

QString residentText(const Resident &r)
{
    return QStringList{r.name, r.idNumber, r.phone}.join(kFieldSeparator);
}

QString householdText(const Household &h)
{
    return QStringList{h.address, h.phone}.join(kFieldSeparator);
}

QSet<qint64> gramsOf(const QString &indexedText)
{
    const QStringList fields = indexedText.split(kFieldSeparator);
    QSet<qint64> g;
    for (qsizetype i = 0; i < fields.size(); ++i)
        g.unite(SearchIndex::grams(SearchIndex::fold(fields.at(i)), i == 0));
    return g;
}

// Inserts `count` rows of `columns` into `table` with statements of 64, 8 and 1 rows, each
// prepared once and bound by position; value(row, column) gives each value.
Status insertRows(Database &db, const QString &table, const QStringList &columns, size_t count,
                  const std::function<QVariant(size_t, int)> &value)
{
    const int width = int(columns.size());
    const QString one
        = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
    size_t done = 0;
    for (const int size : {64, 8, 1}) {
        if (count - done < size_t(size))
            continue;
        const QString sql
            = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                  .arg(table, columns.join(QLatin1String(", ")), QStringList(size, one).join(QLatin1String(", ")));
        QVariantList values(qsizetype(size) * width);
        for (; count - done >= size_t(size); done += size_t(size)) {
            for (int i = 0; i < size; ++i)
                for (int c = 0; c < width; ++c)
                    values[width * i + c] = value(done + size_t(i), c);
            if (Status s = execValues(db, sql, values); !s)
                return s;
        }
    }
    return {};
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

Status SearchIndex::removeOwner(Database &db, qint64 householdId, qint64 residentId)
{
    // A resident is found under whichever household they were indexed with.
    const QString sql = residentId
        ? QStringLiteral("SELECT household_id, indexed_text FROM search_owner WHERE resident_id = :r")
        : QStringLiteral("SELECT household_id, indexed_text FROM search_owner WHERE resident_id = 0 AND "
                         "household_id = :h");
    const QVariantMap owner
        = residentId ? QVariantMap{{QStringLiteral("r"), residentId}} : QVariantMap{{QStringLiteral("h"), householdId}};
    for (;;) {
        auto row = queryRow(db, sql, owner);
        if (!row)
            return row.error();
        if (row->isEmpty())
            return {};
        const QVariantMap key{{QStringLiteral("h"), row->at(0)}, {QStringLiteral("r"), residentId}};
        for (qint64 gram : gramsOf(row->at(1).toString())) {
            QVariantMap binds = key;
            binds.insert(QStringLiteral("g"), gram);
            if (Status s = execStatement(
                    db,
                    QStringLiteral(
                        "DELETE FROM search_gram WHERE gram = :g AND household_id = :h AND resident_id = :r"),
                    binds);
                !s)
                return s;
        }
        if (Status s = execStatement(
                db, QStringLiteral("DELETE FROM search_owner WHERE resident_id = :r AND household_id = :h"), key);
            !s)
            return s;
    }
}

Status SearchIndex::addOwner(Database &db, qint64 householdId, qint64 residentId, const QString &text)
{
    if (Deferred *deferred = deferredFor(&db)) {
        // Indexed again before the flush: the newer text replaces the older (a resident's,
        // under whichever household).
        deferred->m_owners.insert({residentId, residentId ? 0 : householdId}, {householdId, text});
        return {};
    }
    return insertOwners(db, {{residentId, householdId, text}});
}

Status SearchIndex::insertOwners(Database &db, std::vector<std::tuple<qint64, qint64, QString>> owners)
{
    // In key order, both tables: the B-trees then grow at their ends and pages fill once.
    std::sort(owners.begin(), owners.end());
    std::vector<std::array<qint64, 3>> grams;
    for (const auto &[resident, household, text] : owners)
        for (qint64 gram : gramsOf(text))
            grams.push_back({gram, household, resident});
    std::sort(grams.begin(), grams.end());
    if (Status s
        = insertRows(db, QStringLiteral("search_owner"),
                     {QStringLiteral("resident_id"), QStringLiteral("household_id"), QStringLiteral("indexed_text")},
                     owners.size(),
                     [&](size_t row, int column) {
                         const auto &o = owners.at(row);
                         return column == 0 ? QVariant(std::get<0>(o))
                             : column == 1  ? QVariant(std::get<1>(o))
                                            : QVariant(std::get<2>(o));
                     });
        !s)
        return s;
    return insertRows(db, QStringLiteral("search_gram"),
                      {QStringLiteral("gram"), QStringLiteral("household_id"), QStringLiteral("resident_id")},
                      grams.size(), [&](size_t row, int column) { return QVariant(grams.at(row).at(size_t(column))); });
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
    std::vector<std::tuple<qint64, qint64, QString>> owners;
    owners.reserve(size_t(m_owners.size()));
    for (auto it = m_owners.cbegin(); it != m_owners.cend(); ++it)
        owners.emplace_back(it.key().first, it.value().first, it.value().second);
    m_owners.clear();
    return insertOwners(m_db, std::move(owners));
}

Status SearchIndex::indexHousehold(Database &db, const Household &h)
{
    if (Status s = removeOwner(db, h.meta.id, 0); !s)
        return s;
    return indexNewHousehold(db, h);
}

Status SearchIndex::indexResident(Database &db, const Resident &r)
{
    if (Status s = removeOwner(db, r.householdId, r.meta.id); !s)
        return s;
    return indexNewResident(db, r);
}

Status SearchIndex::indexNewHousehold(Database &db, const Household &h)
{
    return addOwner(db, h.meta.id, 0, householdText(h));
}

Status SearchIndex::indexNewResident(Database &db, const Resident &r)
{
    return addOwner(db, r.householdId, r.meta.id, residentText(r));
}

Status SearchIndex::rebuild(Database &db)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (Status s = db.execute(QStringLiteral("DELETE FROM search_gram")); !s)
        return s;
    if (Status s = db.execute(QStringLiteral("DELETE FROM search_owner")); !s)
        return s;
    std::vector<std::tuple<qint64, qint64, QString>> owners;
    {
        auto q = runQuery(db, QStringLiteral("SELECT id, address, phone FROM household"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            Household h;
            h.address = q.value().value(1).toString();
            h.phone = q.value().value(2).toString();
            owners.emplace_back(0, q.value().value(0).toLongLong(), householdText(h));
        }
    }
    {
        auto q = runQuery(db, QStringLiteral("SELECT id, household_id, name, id_number, phone FROM resident"));
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &row = q.value();
            Resident r;
            r.name = row.value(2).toString();
            r.idNumber = row.value(3).toString();
            r.phone = row.value(4).toString();
            owners.emplace_back(row.value(0).toLongLong(), row.value(1).toLongLong(), residentText(r));
        }
    }
    if (Status s = insertOwners(db, std::move(owners)); !s)
        return s;
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
    // Only the households of the user's scope.
    QString scope;
    if (Access::reach(db.actor()) != Access::Reach::Everything)
        scope = QStringLiteral(" AND household_id IN (SELECT id FROM household WHERE %1)")
                    .arg(Access::gridCondition(db, db.actor(), QStringLiteral("grid_id"), &binds));
    QString sql;
    if (codes.size() == 1) {
        sql = QStringLiteral("SELECT household_id, resident_id FROM search_gram WHERE gram = :g%1 "
                             "ORDER BY household_id, resident_id LIMIT :limit")
                  .arg(scope);
        binds.insert(QStringLiteral("g"), codes.constFirst());
    } else {
        sql = QStringLiteral("SELECT household_id, resident_id FROM search_gram WHERE %1%3 "
                             "GROUP BY household_id, resident_id HAVING count(*) = %2 "
                             "ORDER BY household_id, resident_id LIMIT :limit")
                  .arg(db.idListCondition(QStringLiteral("gram"), QStringLiteral("grams")))
                  .arg(codes.size())
                  .arg(scope);
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
