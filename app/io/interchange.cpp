#include "interchange.h"

namespace linli {

namespace {

using Kind = ExportTable::Kind;

InterchangeColumn column(const char *header, const char *field, Kind kind, bool required, double width,
                         const char *note)
{
    return {QString::fromUtf8(header), QString::fromLatin1(field), kind, required, width, QString::fromUtf8(note)};
}

// The address columns that 住户, 居民 and 走访 share.
QList<InterchangeColumn> address(const char *table)
{
    const QString t = QString::fromLatin1(table);
    auto f = [&t](const char *field) { return (t + QLatin1Char('.') + QLatin1String(field)).toLatin1(); };
    return {
        column("社区", f("community").constData(), Kind::Text, true, 12, "社区名称，如 幸福社区。登记册中没有的社区会新建。"),
        column("网格", f("grid").constData(), Kind::Text, table == QByteArrayLiteral("household"), 10,
               "所属网格，如 第一网格。住户表必填；居民和走访按地址找到住户，可不填。"),
        column("小区", f("compound").constData(), Kind::Text, true, 16, "小区或院落名称，如 平安小区。"),
        column("楼栋", f("building").constData(), Kind::Text, false, 8, "楼栋，如 1号楼；平房院落可不填。"),
        column("单元", f("unit").constData(), Kind::Text, false, 6, "单元，如 1；没有单元可不填。"),
        column("房号", f("room").constData(), Kind::Text, true, 8, "房号，如 101 或 3号。"),
    };
}

QList<InterchangeColumn> households()
{
    QList<InterchangeColumn> c = address("household");
    c << column("住房用途", "household.housing_use", Kind::Text, false, 10, "自住、出租、空置或其他；不填为自住。")
      << column("户主姓名", "household.head", Kind::Text, false, 10, "户主的姓名；填写后同时登记为该户户主。")
      << column("联系电话", "household.phone", Kind::Text, false, 14, "手机 11 位或座机，如 010-12345678。")
      << column("户标签", "household.tags", Kind::Text, false, 16,
                "该户的关怀标签，多个用 、 分隔，须是登记册设置中已有的标签。")
      << column("状态", "household.status", Kind::Text, false, 8, "在册、迁出或注销；不填为在册。")
      << column("状态日期", "household.status_date", Kind::Date, false, 11, "迁出或注销的日期，YYYY-MM-DD。")
      << column("备注", "household.notes", Kind::Text, false, 30, "其他说明。");
    return c;
}

QList<InterchangeColumn> residents()
{
    QList<InterchangeColumn> c = address("resident");
    c << column("姓名", "resident.name", Kind::Text, true, 10, "居民姓名。")
      << column("公民身份号码", "resident.id_number", Kind::Text, false, 21,
                "18 位身份证号码，请将单元格设为文本，以免 Excel 丢失末几位。")
      << column("性别", "resident.sex", Kind::Text, false, 5, "男或女；有身份证号码时由号码得出。")
      << column("出生日期", "resident.birth_date", Kind::Date, false, 11,
                "YYYY-MM-DD；有身份证号码时由号码得出。")
      << column("与户主关系", "resident.relation", Kind::Text, false, 10,
                "户主、配偶、子、女、父母、孙子女、兄弟姐妹、租户或其他。")
      << column("联系电话", "resident.phone", Kind::Text, false, 14, "手机 11 位或座机。")
      << column("户籍类型", "resident.residence_type", Kind::Text, false, 10, "户籍、常住、流动或人户分离；不填为户籍。")
      << column("党员", "resident.party_member", Kind::Text, false, 6, "是或否；不填为否。")
      << column("状态", "resident.status", Kind::Text, false, 8, "在册、迁出或死亡；不填为在册。")
      << column("状态日期", "resident.status_date", Kind::Date, false, 11, "迁出或死亡的日期，迁出、死亡时必填。")
      << column("去向", "resident.destination", Kind::Text, false, 16, "迁出的去向。")
      << column("标签", "resident.tags", Kind::Text, false, 16,
                "关怀标签，多个用 、 分隔，须是登记册设置中已有的标签。")
      << column("备注", "resident.notes", Kind::Text, false, 30, "其他说明。");
    return c;
}

QList<InterchangeColumn> issues()
{
    return {
        column("编号", "issue.number", Kind::Text, false, 13, "YYYY-NNNNNN；不填则导入时编号。"),
        column("登记日期", "issue.registered_date", Kind::Date, true, 11, "YYYY-MM-DD。"),
        column("来源", "issue.source", Kind::Text, false, 10,
               "入户走访、热线、来访、网络、议事会、上级交办或督查。"),
        column("反映人", "issue.reporter", Kind::Text, false, 10, "反映问题的居民。"),
        column("联系电话", "issue.reporter_phone", Kind::Text, false, 14, "反映人的电话。"),
        column("社区", "issue.community", Kind::Text, true, 12, "问题所在社区。"),
        column("网格", "issue.grid", Kind::Text, false, 10, "问题所在网格。"),
        column("地址", "issue.location", Kind::Text, false, 24, "住户地址或地点。"),
        column("类别", "issue.category", Kind::Text, true, 12, "问题类别，如 环境卫生。"),
        column("子类", "issue.subcategory", Kind::Text, false, 12, "子类别。"),
        column("问题描述", "issue.description", Kind::Text, true, 40, "问题的标题和描述。"),
        column("办理类型", "issue.handling_type", Kind::Text, false, 11, "立行立改、限期办理或分阶段整改。"),
        column("责任单位", "issue.department", Kind::Text, false, 16, "交办的责任单位。"),
        column("责任人", "issue.assignee", Kind::Text, false, 10, "责任单位的经办人。"),
        column("交办日期", "issue.dispatched_date", Kind::Date, false, 11, "YYYY-MM-DD。"),
        column("办理时限", "issue.deadline", Kind::Date, false, 11, "YYYY-MM-DD。"),
        column("办结日期", "issue.resolved_date", Kind::Date, false, 11, "YYYY-MM-DD。"),
        column("办理结果", "issue.result", Kind::Text, false, 30, "办结的结果；不予受理时为理由。"),
        column("回访日期", "issue.follow_up_date", Kind::Date, false, 11, "YYYY-MM-DD。"),
        column("回访结果", "issue.satisfaction", Kind::Text, false, 10, "满意、基本满意或不满意。"),
        column("退回次数", "issue.return_count", Kind::Number, false, 9, "整数。"),
        column("状态", "issue.status", Kind::Text, true, 9,
               "待受理、已受理、已交办、办理中、已办结、已回访、已销号或不予受理。"),
    };
}

QList<InterchangeColumn> visits()
{
    QList<InterchangeColumn> c = address("visit");
    c << column("走访日期", "visit.visit_date", Kind::Date, true, 11, "YYYY-MM-DD。")
      << column("走访人", "visit.visitor", Kind::Text, true, 10, "走访的网格员。")
      << column("走访类型", "visit.kind", Kind::Text, false, 10, "日常走访、重点关怀、回访或入户核查；不填为日常走访。")
      << column("见面人员", "visit.persons_met", Kind::Text, false, 16, "见到的家庭成员，多个用 、 分隔。")
      << column("情况记录", "visit.notes", Kind::Text, false, 40, "走访情况。")
      << column("发现问题", "visit.findings", Kind::Text, false, 30, "走访中发现的问题。");
    return c;
}

} // namespace

const QList<InterchangeColumn> &Interchange::columns(ImportKind kind)
{
    static const QList<InterchangeColumn> h = households();
    static const QList<InterchangeColumn> r = residents();
    static const QList<InterchangeColumn> i = issues();
    static const QList<InterchangeColumn> v = visits();
    switch (kind) {
    case ImportKind::Households: return h;
    case ImportKind::Residents: return r;
    case ImportKind::Issues: return i;
    case ImportKind::Visits: break;
    }
    return v;
}

QStringList Interchange::headers(ImportKind kind)
{
    QStringList out;
    for (const InterchangeColumn &c : columns(kind))
        out << c.header;
    return out;
}

QStringList Interchange::requiredHeaders(ImportKind kind)
{
    QStringList out;
    for (const InterchangeColumn &c : columns(kind))
        if (c.required)
            out << c.header;
    return out;
}

int Interchange::indexOf(ImportKind kind, const QString &field)
{
    const QList<InterchangeColumn> &list = columns(kind);
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).field == field)
            return int(i);
    return -1;
}

ExportTable Interchange::emptyTable(ImportKind kind)
{
    ExportTable t;
    t.sheetName = RegisterImport::label(kind);
    for (const InterchangeColumn &c : columns(kind))
        t.columns << ExportTable::Column{c.header, c.kind, c.width};
    return t;
}

QList<ExportTable> Interchange::templateTables()
{
    QList<ExportTable> tables;
    ExportTable notes;
    notes.sheetName = QStringLiteral("填写说明");
    notes.columns = {{QStringLiteral("表"), Kind::Text, 10},
                     {QStringLiteral("列"), Kind::Text, 14},
                     {QStringLiteral("必填"), Kind::Text, 6},
                     {QStringLiteral("说明"), Kind::Text, 70}};
    for (ImportKind kind : RegisterImport::kinds()) {
        tables << emptyTable(kind);
        for (const InterchangeColumn &c : columns(kind))
            notes.rows << QStringList{RegisterImport::label(kind), c.header,
                                      c.required ? QStringLiteral("是") : QString(), c.note};
    }
    notes.rows << QStringList{QString(), QString(), QString(),
                              QStringLiteral("每张表的第一行是列名，从第二行起每行一条记录；列的顺序可以不同，没有的列可以删去，"
                                             "但必填列不能少。导入前会逐行检查，有问题的行和原因会列出，确认后才写入。")};
    tables << notes;
    return tables;
}

QString Interchange::markdown()
{
    QString out;
    for (ImportKind kind : RegisterImport::kinds()) {
        out += QStringLiteral("#### %1\n\n| 列 | 必填 | 说明 |\n| --- | --- | --- |\n").arg(RegisterImport::label(kind));
        for (const InterchangeColumn &c : columns(kind))
            out += QStringLiteral("| %1 | %2 | %3 |\n").arg(c.header, c.required ? QStringLiteral("是") : QString(), c.note);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace linli
