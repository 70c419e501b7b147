#include "auditledger.h"

#include "audit.h"
#include "database.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlRecord>

namespace linli {

namespace {

// How a missing or empty value reads: the register does not tell NULL from an empty text
// apart when it records a change, so neither does the ledger.
const QString kNull = QStringLiteral("\x01");

// Audit rows that record an event, not a change of the record's values.
bool changesValues(QStringView action)
{
    static const QSet<QString> events{QStringLiteral("unmask"), QStringLiteral("refused"),
                                      QStringLiteral("export"), QStringLiteral("export_full"),
                                      QStringLiteral("logout"), QStringLiteral("idle_lock")};
    return !events.contains(action.toString());
}

// Columns the ledger does not compare: the key, the time and author of the last change (its
// audit row holds both), and a household's latest visit date, which follows its visits.
bool exempt(const QString &table, const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("updated_at")
        || column == QLatin1String("updated_by")
        || (table == QLatin1String("household") && column == QLatin1String("last_visit"));
}

QString sqlName(const QString &table)
{
    return table == QLatin1String("user") ? QStringLiteral("\"user\"") : table;
}

QString fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return kNull;
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 whole = qint64(d);
        return double(whole) == d ? QString::number(whole) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String: return v.toString().isEmpty() ? kNull : v.toString();
    default: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

// A column's declared default as the ledger reads values: 0, 'active', 'x'::text, NULL.
QString fromDefault(const QVariant &declared)
{
    QString text = declared.toString().trimmed();
    if (declared.isNull() || text.isEmpty() || text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return kNull;
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    text.remove(cast);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        text = text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return text.isEmpty() ? kNull : text;
}

// What the audit log holds for a column whose stored value it does not copy: a digest of a
// password hash, the SHA-256 of an attachment's bytes.
QString audited(const QString &table, const QString &column, const QString &stored)
{
    if (stored == kNull)
        return stored;
    if (table == QLatin1String("user") && column == QLatin1String("password_hash"))
        return AuditLog::secretDigest(stored);
    if (table == QLatin1String("attachment") && column == QLatin1String("data"))
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromHex(stored.toLatin1()), QCryptographicHash::Sha256).toHex());
    return stored;
}

struct Table {
    QString name;
    QStringList columns; // compared, in order
    QHash<QString, QString> defaults;
    QString select; // id, then the columns, of every row
    QString selectOne; // the same of the row :id
};

Result<Table> describe(Database &db, const QString &name)
{
    Table t;
    t.name = name;
    auto q = runQuery(db, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(sqlName(name)));
    if (!q)
        return q.error();
    const QSqlRecord record = q.value().record();
    QStringList selected{QStringLiteral("id")};
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        if (exempt(name, column))
            continue;
        t.columns << column;
        if (name == QLatin1String("attachment") && column == QLatin1String("data"))
            selected << (db.isSQLite() ? QStringLiteral("hex(data)") : QStringLiteral("encode(data, 'hex')"));
        else
            selected << column;
    }
    const QString from = QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QLatin1String(", ")), sqlName(name));
    t.select = from + QStringLiteral(" ORDER BY id");
    t.selectOne = from + QStringLiteral(" WHERE id = :id");
    const QString sql = db.isSQLite()
        ? QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(:t)")
        : QStringLiteral("SELECT column_name, column_default FROM information_schema.columns WHERE table_name = :t "
                         "AND table_schema = current_schema()");
    if (Status s
        = readRows(db, sql, {{QStringLiteral("t"), name}},
                   [&](const QSqlQuery &r) { t.defaults.insert(r.value(0).toString(), fromDefault(r.value(1))); });
        !s)
        return s.error();
    return t;
}

// A record as its audit rows make it.
struct Folded {
    QHash<QString, QString> values;
    bool inserted = false;
    bool deleted = false;

    void apply(QStringView action, QByteArrayView newValues)
    {
        if (!changesValues(action))
            return;
        if (action == QLatin1String("delete")) {
            deleted = true;
            values.clear();
            return;
        }
        if (action == QLatin1String("insert") || action == QLatin1String("baseline")) {
            inserted = true;
            deleted = false;
            values.clear();
        }
        const QJsonObject object = QJsonDocument::fromJson(newValues.toByteArray()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            values.insert(it.key(), fromJson(it.value()));
    }
    QString value(const Table &t, const QString &column) const
    {
        auto it = values.constFind(column);
        return it != values.constEnd() ? it.value() : t.defaults.value(column, kNull);
    }
};

QByteArray digestOf(const QStringList &values)
{
    return QCryptographicHash::hash(values.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).left(16);
}

QStringList foldedValues(const Table &t, const Folded &f)
{
    QStringList out;
    out.reserve(t.columns.size());
    for (const QString &c : t.columns)
        out << f.value(t, c);
    return out;
}

QStringList storedValues(const Table &t, const Row &row)
{
    QStringList out;
    out.reserve(t.columns.size());
    for (int i = 0; i < t.columns.size(); ++i) {
        const QString text = row.isNull(i + 1) ? QString() : row.text(i + 1);
        out << audited(t.name, t.columns.at(i), text.isEmpty() ? kNull : text);
    }
    return out;
}

QString shown(const QString &value)
{
    if (value == kNull)
        return AuditLedger::tr("(empty)");
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}

struct Record {
    QByteArray digest;
    bool inserted = false;
    bool deleted = false;
    bool seen = false;
};

} // namespace

QStringList AuditLedger::tables()
{
    return {QStringLiteral("community"),      QStringLiteral("grid"),         QStringLiteral("compound"),
            QStringLiteral("building"),       QStringLiteral("department"),   QStringLiteral("user"),
            QStringLiteral("user_grid"),      QStringLiteral("household"),    QStringLiteral("resident"),
            QStringLiteral("care_tag"),       QStringLiteral("resident_tag"), QStringLiteral("household_tag"),
            QStringLiteral("issue_category"), QStringLiteral("assignee"),     QStringLiteral("issue"),
            QStringLiteral("issue_event"),    QStringLiteral("attachment"),   QStringLiteral("setting"),
            QStringLiteral("visit"),          QStringLiteral("weekly_report")};
}

Result<AuditLedger::RowCheck> AuditLedger::checkRows(Database &db, int detailed,
                                                     const std::function<void(const Mismatch &)> &each)
{
    RowCheck check;
    QList<Mismatch> found;
    auto problem = [&](const Mismatch &m) {
        ++check.problems;
        if (each)
            each(m);
        if (found.size() < detailed)
            found << m;
    };
    for (const QString &name : tables()) {
        auto table = describe(db, name);
        if (!table) {
            // A table the schema check finds missing or damaged is named, and the rest compared.
            problem({name, 0, {}, tr("%1 cannot be compared with the audit log: %2").arg(name, table.error().message)});
            continue;
        }
        const Table &t = table.value();

        // The audit rows of the table, record by record, folded into each record's values.
        QHash<qint64, Record> records;
        qint64 current = 0;
        Folded folded;
        auto finish = [&] {
            if (current > 0)
                records.insert(current, {digestOf(foldedValues(t, folded)), folded.inserted, folded.deleted, false});
        };
        Status read = readEach(db,
                               QStringLiteral("SELECT record_id, action, new_values FROM audit_log WHERE table_name = "
                                              ":t AND record_id > 0 ORDER BY record_id, id"),
                               {{QStringLiteral("t"), name}}, [&](const Row &r) {
                                   const qint64 id = r.integer(0);
                                   if (id != current) {
                                       finish();
                                       current = id;
                                       folded = Folded();
                                   }
                                   folded.apply(r.text(1), r.utf8(2));
                               });
        if (!read)
            return read.error();
        finish();

        read = readEach(db, t.select, {}, [&](const Row &r) {
            ++check.records;
            const qint64 id = r.integer(0);
            auto it = records.find(id);
            if (it == records.end() || !it->inserted) {
                problem({name,
                         id,
                         {},
                         tr("%1 record %2 has no insert row in the audit log: it was added outside Linli.")
                             .arg(name)
                             .arg(id)});
                if (it != records.end())
                    it->seen = true;
                return;
            }
            it->seen = true;
            if (it->deleted) {
                problem(
                    {name,
                     id,
                     {},
                     tr("%1 record %2 was deleted according to the audit log, but is still there.").arg(name).arg(id)});
                return;
            }
            if (digestOf(storedValues(t, r)) != it->digest)
                problem({name,
                         id,
                         {},
                         tr("%1 record %2 differs from its latest audit values: it was changed outside Linli.")
                             .arg(name)
                             .arg(id)});
        });
        if (!read)
            return read.error();
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            if (!it->seen && !it->deleted && it->inserted)
                problem({name,
                         it.key(),
                         {},
                         tr("%1 record %2 is in the audit log but missing from the register: it was deleted outside "
                            "Linli.")
                             .arg(name)
                             .arg(it.key())});
    }

    // The first few named down to the column: the record's audit rows folded again.
    for (Mismatch &m : found) {
        if (m.recordId == 0)
            continue;
        auto table = describe(db, m.table);
        if (!table)
            continue;
        const Table &t = table.value();
        Folded f;
        Status read = readEach(db,
                               QStringLiteral("SELECT action, new_values FROM audit_log WHERE table_name = :t AND "
                                              "record_id = :r ORDER BY id"),
                               {{QStringLiteral("t"), m.table}, {QStringLiteral("r"), m.recordId}},
                               [&](const Row &r) { f.apply(r.text(0), r.utf8(1)); });
        if (!read)
            return read.error();
        if (!f.inserted || f.deleted)
            continue;
        QStringList stored;
        read = readEach(db, t.selectOne, {{QStringLiteral("id"), m.recordId}},
                        [&](const Row &r) { stored = storedValues(t, r); });
        if (!read)
            return read.error();
        if (stored.isEmpty())
            continue;
        const QStringList expected = foldedValues(t, f);
        QStringList columns;
        QStringList details;
        for (int i = 0; i < t.columns.size(); ++i) {
            if (stored.at(i) == expected.at(i))
                continue;
            columns << t.columns.at(i);
            details << tr("column %1 is \"%2\" in the register but \"%3\" in the audit log")
                           .arg(t.columns.at(i), shown(stored.at(i)), shown(expected.at(i)));
        }
        if (columns.isEmpty())
            continue;
        m.column = columns.join(QLatin1Char(','));
        m.message = tr("%1 record %2 was changed outside Linli: %3.")
                        .arg(m.table)
                        .arg(m.recordId)
                        .arg(details.join(QStringLiteral("; ")));
    }
    check.first = found;
    return check;
}

Status AuditLedger::baseline(Database &db, const Actor &actor)
{
    QList<Mismatch> all;
    auto checked = checkRows(db, 0, [&](const Mismatch &m) { all << m; });
    if (!checked)
        return checked.error();
    for (const Mismatch &m : std::as_const(all)) {
        auto table = describe(db, m.table);
        if (!table)
            return table.error();
        auto values = queryRow(db, table->selectOne, {{QStringLiteral("id"), m.recordId}});
        if (!values)
            return values.error();
        if (values->isEmpty()) {
            // Gone before the ledger began: its deletion is recorded now.
            if (Status s = AuditLog::append(db, actor, {QStringLiteral("delete"), m.table, m.recordId, {}, {}, {}}); !s)
                return s;
            continue;
        }
        QVariantMap current;
        QString uuid;
        for (int i = 0; i < table->columns.size(); ++i) {
            const QString column = table->columns.at(i);
            const QVariant v = values->at(i + 1);
            const QString text = v.isNull() ? kNull : v.toString();
            current.insert(column,
                           text == kNull || text.isEmpty() ? QVariant() : QVariant(audited(m.table, column, text)));
            if (column == QLatin1String("uuid"))
                uuid = v.toString();
        }
        if (Status s
            = AuditLog::append(db, actor, {QStringLiteral("baseline"), m.table, m.recordId, uuid, {}, current});
            !s)
            return s;
    }
    return {};
}

QString AuditLedger::Digest::text() const
{
    return QStringLiteral("%1:%2").arg(rows).arg(hash);
}

std::optional<AuditLedger::Digest> AuditLedger::Digest::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,15}):([0-9a-fA-F]{64})\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Digest{m.captured(1).toLongLong(), m.captured(2).toLower(), {}};
}

QList<AuditLedger::Digest> AuditLedger::Digest::findIn(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("(?<![0-9A-Za-z])(\\d{1,15}):([0-9a-f]{64})(?![0-9a-f])"));
    QList<Digest> found;
    for (const QRegularExpressionMatch &m : form.globalMatch(text))
        found << Digest{m.captured(1).toLongLong(), m.captured(2), {}};
    return found;
}

Result<AuditLedger::Digest> AuditLedger::current(Database &db)
{
    // One statement, so one snapshot: another workstation's commit between a count and a read
    // of the head would pair the count of one state with the head of the next.
    Digest digest;
    Status s = readRows(db,
                        QStringLiteral("SELECT (SELECT count(*) FROM audit_log), "
                                       "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"),
                        {}, [&](const QSqlQuery &q) {
                            digest.rows = q.value(0).toLongLong();
                            digest.hash = q.value(1).toString();
                        });
    if (!s)
        return s.error();
    digest.time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return digest;
}

Result<QDateTime> AuditLedger::rowTime(Database &db, qint64 n)
{
    if (n <= 0)
        return QDateTime();
    auto time = queryValue(db, QStringLiteral("SELECT event_time FROM audit_log ORDER BY id LIMIT 1 OFFSET :n"),
                           {{QStringLiteral("n"), n - 1}});
    if (!time)
        return time.error();
    return QDateTime::fromString(time->toString(), Qt::ISODate);
}

Status AuditLedger::reaches(Database &db, const Digest &digest)
{
    if (digest.rows <= 0)
        return {};
    auto hash = queryValue(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET :n"),
                           {{QStringLiteral("n"), digest.rows - 1}});
    if (!hash)
        return hash.error();
    if (hash->isNull()) {
        auto count = queryValue(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        return Error{ErrorCode::Invalid,
                     tr("the audit log has %1 rows, fewer than the %2 of the digest %3: rows were removed")
                         .arg(count ? count->toLongLong() : 0)
                         .arg(digest.rows)
                         .arg(digest.text()),
                     {}};
    }
    if (hash->toString() != digest.hash)
        return Error{ErrorCode::Invalid,
                     tr("audit row %1 has another hash than the digest %2: the log was rewritten")
                         .arg(digest.rows)
                         .arg(digest.text()),
                     {}};
    return {};
}

namespace {

QString settingsKey(const QString &location)
{
    const QString where
        = location.startsWith(QLatin1String("postgres")) ? location : QFileInfo(location).absoluteFilePath();
    return QStringLiteral("auditDigests/")
        + QString::fromLatin1(QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

// The settings of the desktop application, which linli-cli shares: one workstation, one list.
std::unique_ptr<QSettings> workstation()
{
    return std::make_unique<QSettings>(QStringLiteral("Linli"), QStringLiteral("linli"));
}

constexpr int kKeptPerRegister = 20;
constexpr int kKeptRegisters = 200;

} // namespace

QList<AuditLedger::Digest> AuditLedger::remembered(const Database &db)
{
    QList<Digest> out;
    for (const QString &entry :
         workstation()->value(settingsKey(db.isSQLite() ? db.location() : db.displayName())).toStringList()) {
        auto d = Digest::parse(entry.section(QLatin1Char(' '), 0, 0));
        if (d) {
            d->time = entry.section(QLatin1Char(' '), 1);
            out << d.value();
        }
    }
    return out;
}

void AuditLedger::remember(Database &db)
{
    if (db.isReadOnly())
        return;
    auto digest = current(db);
    if (!digest || digest->rows == 0)
        return;
    const std::unique_ptr<QSettings> kept_ = workstation();
    QSettings &settings = *kept_;
    const QString key = settingsKey(db.isSQLite() ? db.location() : db.displayName());
    QStringList kept = settings.value(key).toStringList();
    if (!kept.isEmpty() && kept.constLast().section(QLatin1Char(' '), 0, 0) == digest->text())
        return;
    kept << digest->text() + QLatin1Char(' ') + digest->time;
    settings.setValue(key, kept.mid(std::max<qsizetype>(0, kept.size() - kKeptPerRegister)));
    // Registers not seen for longest are forgotten first.
    settings.beginGroup(QStringLiteral("auditDigests"));
    QStringList keys = settings.childKeys();
    if (keys.size() > kKeptRegisters) {
        auto lastTime = [&](const QString &k) {
            const QStringList entries = settings.value(k).toStringList();
            return entries.isEmpty() ? QString() : entries.constLast().section(QLatin1Char(' '), 1);
        };
        std::sort(keys.begin(), keys.end(),
                  [&](const QString &a, const QString &b) { return lastTime(a) < lastTime(b); });
        for (int i = 0; i < keys.size() - kKeptRegisters; ++i)
            settings.remove(keys.at(i));
    }
    settings.endGroup();
}

void AuditLedger::forget(const QString &location)
{
    workstation()->remove(settingsKey(location));
}

} // namespace linli
