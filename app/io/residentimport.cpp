// Residents in DESIGN.md's 居民 columns, found in their household by address.
#include "importsupport.h"
#include "interchange.h"

#include "access/permissions.h"
#include "common/choices.h"
#include "register/idnumber.h"
#include "register/residentrepository.h"
#include "register/searchindex.h"
#include "storage/database.h"
#include "transfer/transferrows.h"

#include <QRegularExpression>

#include <optional>

namespace linli {

namespace {

class ResidentImport final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImport)
public:
    explicit ResidentImport(ImportContext &context) : c(context) { }
    Status run();

private:
    // A resident registered by name only (as the household import registers heads): the
    // first row of the same household and name completes it rather than adding a second one.
    struct NameOnly {
        qint64 id = 0;
        int version = 0;
        QString name;
        bool head = false;
        bool claimed = false;
    };
    struct Row {
        int index = 0;
        Resident resident;
        QStringList tags;
        qint64 completes = 0; // the name-only resident this row completes
        int completesVersion = 0;
    };
    Status load();
    bool check(int index, Row *row);
    static QString columnOf(const QString &field);
    // The relation as registers write it (本人, 妻子, 长子, 女儿, 子女 …) as one of the register's.
    static QString relationCode(const QString &text, const QString &idNumber);

    ImportContext &c;
    DwellingIndex m_dwellings;
    QHash<QString, QString> m_activeIds; // ID number -> who holds it, where
    QHash<qint64, QList<NameOnly>> m_nameOnly; // by household
    QHash<qint64, QString> m_heads; // active heads by household
    QSet<QString> m_tags;
    QHash<QString, int> m_idsInFile; // ID number -> source row
};

QString ResidentImport::columnOf(const QString &field)
{
    const int i = Interchange::indexOf(ImportKind::Residents, QStringLiteral("resident.") + field);
    return i < 0 ? QStringLiteral("姓名") : Interchange::columns(ImportKind::Residents).at(i).header;
}

QString ResidentImport::relationCode(const QString &text, const QString &idNumber)
{
    static const QHash<QString, QString> synonyms = [] {
        QHash<QString, QString> map;
        const std::pair<const char *, const char *> words[] = {
            {"本人", "head"},       {"户主本人", "head"},     {"妻", "spouse"},       {"妻子", "spouse"},
            {"夫", "spouse"},       {"丈夫", "spouse"},       {"儿子", "son"},        {"长子", "son"},
            {"次子", "son"},        {"之子", "son"},          {"女儿", "daughter"},   {"长女", "daughter"},
            {"次女", "daughter"},   {"之女", "daughter"},     {"父", "parent"},       {"母", "parent"},
            {"父亲", "parent"},     {"母亲", "parent"},       {"孙子", "grandchild"}, {"孙女", "grandchild"},
            {"外孙", "grandchild"}, {"外孙女", "grandchild"}, {"兄", "sibling"},      {"弟", "sibling"},
            {"姐", "sibling"},      {"妹", "sibling"},        {"租客", "tenant"},     {"承租人", "tenant"},
        };
        for (const auto &[word, code] : words)
            map.insert(QString::fromUtf8(word), QString::fromLatin1(code));
        return map;
    }();
    const QString word = text.simplified();
    if (word == QStringLiteral("子女")) {
        // A son or a daughter, by the ID number's sex digit when there is one.
        auto info = IdNumber::parse(idNumber);
        return !info                          ? QStringLiteral("other")
            : info->sex == QLatin1String("M") ? QStringLiteral("son")
                                              : QStringLiteral("daughter");
    }
    return synonyms.value(word, word);
}

Status ResidentImport::load()
{
    if (Status s = m_dwellings.load(c.db); !s)
        return s;
    auto ids = TransferRows::activeIdNumbers(c.db);
    if (!ids)
        return ids.error();
    // Who holds an ID number is said only where the importing user may see them.
    QHash<qint64, bool> visible;
    for (const QVariantList &r : ids.value()) {
        const qint64 grid = r.at(3).toLongLong();
        if (!visible.contains(grid)) {
            auto covered = Access::coversGrid(c.db, c.db.actor(), grid);
            visible.insert(grid, covered && covered.value());
        }
        m_activeIds.insert(r.at(0).toString(),
                           visible.value(grid) ? tr("%1 at %2").arg(r.at(1).toString(), r.at(2).toString())
                                               : tr("a resident outside your area"));
    }
    auto names = TransferRows::residentsWithoutIdNumber(c.db);
    if (!names)
        return names.error();
    for (const QVariantList &q : names.value())
        m_nameOnly[q.at(1).toLongLong()].append({q.at(0).toLongLong(), q.at(4).toInt(), q.at(2).toString(),
                                                 q.at(3).toString() == QLatin1String("head"), false});
    auto heads = TransferRows::heads(c.db);
    if (!heads)
        return heads.error();
    for (const QVariantList &q : heads.value())
        m_heads.insert(q.at(0).toLongLong(), q.at(1).toString());
    auto tags = CareTagRepository(c.db).tags();
    if (!tags)
        return tags.error();
    for (const CareTag &t : tags.value())
        m_tags.insert(t.name);
    return {};
}

bool ResidentImport::check(int i, Row *row)
{
    const int before = c.problemCount();
    Resident &r = row->resident;
    r.householdId = m_dwellings.find(c, i);
    r.name = c.cell(i, QStringLiteral("姓名"));
    const QString id = c.cell(i, QStringLiteral("公民身份号码"));
    if (const QString damaged = IdNumber::damagedByExcel(id); !damaged.isEmpty()) {
        c.problem(i, QStringLiteral("公民身份号码"), damaged);
        return false;
    }
    r.idNumber = id;
    r.phone = c.cell(i, QStringLiteral("联系电话"));
    r.notes = c.cell(i, QStringLiteral("备注"));
    r.destination = c.cell(i, QStringLiteral("去向"));
    // Sex and birth date count where there is no ID number (the number gives them otherwise).
    r.sex = c.cell(i, QStringLiteral("性别"));
    if (const QString birth = c.cell(i, QStringLiteral("出生日期")); !birth.isEmpty()) {
        const QDate date = ImportContext::parseDate(birth);
        r.birthDate = date.isValid() ? date.toString(Qt::ISODate) : birth;
    }
    const QString party = c.cell(i, QStringLiteral("党员"));
    if (party == QStringLiteral("是") || party == QLatin1String("1") || party.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        r.partyMember = true;
    else if (!party.isEmpty() && party != QStringLiteral("否") && party != QLatin1String("0")
             && party.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0)
        c.problem(i, QStringLiteral("党员"), tr("'%1' is not 是 or 否.").arg(party));
    auto orDefault = [&](const QString &column, const QString &fallback) {
        const QString text = c.cell(i, column);
        return text.isEmpty() ? fallback : text;
    };
    r.relation = relationCode(orDefault(QStringLiteral("与户主关系"), QStringLiteral("other")), id);
    r.residenceType = orDefault(QStringLiteral("户籍类型"), QStringLiteral("registered"));
    r.status = orDefault(QStringLiteral("状态"), QStringLiteral("active"));
    const bool active = choiceCode(choices::residentStatus(), r.status) == QLatin1String("active");
    if (!active) {
        const QString dateText = c.cell(i, QStringLiteral("状态日期"));
        if (dateText.isEmpty()) {
            c.problem(i, QStringLiteral("状态"),
                      tr("A resident who is %1 needs the date: add a column 状态日期 with the date of moving out or "
                         "of death.")
                          .arg(r.status));
            return false;
        }
        const QDate date = ImportContext::parseDate(dateText);
        r.statusDate = date.isValid() ? date.toString(Qt::ISODate) : dateText;
    }
    if (Status s = ResidentRepository::validate(r, c.options.today); !s) {
        c.problem(i, columnOf(s.error().field), s.error().message);
        return false;
    }
    static const QRegularExpression separators(QStringLiteral("[、，,；;]"));
    for (QString tag : c.cell(i, QStringLiteral("标签")).split(separators, Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.isEmpty())
            continue;
        if (!m_tags.contains(tag))
            c.problem(
                i, QStringLiteral("标签"),
                tr("'%1' is not a care tag of the register: add it under 设置 first, or correct the name.").arg(tag));
        else
            row->tags << tag;
    }
    if (!r.householdId || c.problemCount() != before)
        return false;

    if (active && !r.idNumber.isEmpty()) {
        if (const int earlier = m_idsInFile.value(r.idNumber); earlier > 0) {
            c.problem(
                i, QStringLiteral("公民身份号码"),
                tr("The ID number %1 is already in row %2 of the file.").arg(IdNumber::mask(r.idNumber)).arg(earlier));
            return false;
        }
        if (const QString holder = m_activeIds.value(r.idNumber); !holder.isEmpty()) {
            c.problem(i, QStringLiteral("公民身份号码"),
                      tr("The ID number %1 is already registered for %2.").arg(IdNumber::mask(r.idNumber), holder));
            return false;
        }
    }
    if (active) {
        for (NameOnly &n : m_nameOnly[r.householdId])
            if (!n.claimed && n.name == r.name) {
                n.claimed = true;
                row->completes = n.id;
                row->completesVersion = n.version;
                if (n.head)
                    m_heads.remove(r.householdId);
                break;
            }
        if (r.relation == QLatin1String("head")) {
            if (const QString head = m_heads.value(r.householdId); !head.isEmpty()) {
                c.problem(i, QStringLiteral("与户主关系"), tr("The household already has a head, %1.").arg(head));
                return false;
            }
            m_heads.insert(r.householdId, r.name);
        }
        if (!r.idNumber.isEmpty())
            m_idsInFile.insert(r.idNumber, c.file.sourceRow(i));
    }
    return true;
}

Status ResidentImport::run()
{
    // An import that may write checks inside its transaction, so that what it checked is
    // what it writes to, and the rows need not be checked against the register again.
    std::optional<Transaction> tx;
    if (!c.options.dryRun) {
        tx.emplace(c.db);
        if (!tx->status())
            return tx->status();
    }
    if (Status s = load(); !s)
        return s;
    auto checked = c.checkRows<Row>([this](int i, Row *row) { return check(i, row); });
    if (!checked)
        return checked.error();
    QList<Row> rows = std::move(checked).value();
    for (const Row &row : std::as_const(rows))
        c.report.completed += row.completes ? 1 : 0;
    if (!c.shouldWrite())
        return {};

    SearchIndex::Deferred searchIndex(c.db);
    ResidentRepository residents(c.db);
    residents.setToday(c.options.today);
    CareTagRepository tags(c.db);
    for (const Row &row : std::as_const(rows)) {
        Resident r = row.resident;
        Result<Resident> written = Error{};
        if (row.completes) {
            // The version read by the checks: a change made since then is a conflict.
            r.meta.id = row.completes;
            r.meta.version = row.completesVersion;
            written = residents.updateChecked(r, c.options.actor);
        } else {
            written = residents.createChecked(r, c.options.actor);
        }
        if (!written)
            return c.rowFailed(row.index, written.error());
        if (!row.tags.isEmpty())
            if (Status s = tags.setResidentTags(written->meta.id, row.tags, c.options.today, c.options.actor); !s)
                return c.rowFailed(row.index, s.error());
        if (!c.rowWritten())
            return c.cancelled();
    }
    if (Status s = searchIndex.flush(); !s)
        return s;
    return tx->commit();
}

} // namespace

Status importers::residents(ImportContext &context)
{
    return ResidentImport(context).run();
}

} // namespace linli
