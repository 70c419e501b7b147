#include "names.h"

#include <QSet>

namespace linli::demo {

namespace {

QStringList utf8(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

struct Weighted {
    const char *text;
    double weight;
};

// The most common surnames with their share of the population in percent (2020 census
// order and magnitudes); the remaining share is spread over a longer list below.
constexpr Weighted kSurnames[] = {
    {"王", 7.12}, {"李", 7.00}, {"张", 6.74}, {"刘", 5.10}, {"陈", 4.61}, {"杨", 3.22}, {"黄", 2.45}, {"赵", 2.29},
    {"吴", 2.05}, {"周", 2.03}, {"徐", 1.66}, {"孙", 1.54}, {"马", 1.29}, {"朱", 1.28}, {"胡", 1.22}, {"郭", 1.20},
    {"何", 1.15}, {"林", 1.09}, {"高", 1.08}, {"罗", 0.91}, {"郑", 0.88}, {"梁", 0.86}, {"谢", 0.76}, {"宋", 0.69},
    {"唐", 0.66}, {"许", 0.64}, {"韩", 0.63}, {"邓", 0.61}, {"冯", 0.61}, {"曹", 0.60}, {"彭", 0.56}, {"曾", 0.55},
    {"肖", 0.54}, {"田", 0.53}, {"董", 0.51}, {"潘", 0.49}, {"袁", 0.48}, {"蔡", 0.47}, {"蒋", 0.47}, {"余", 0.45},
    {"于", 0.45}, {"杜", 0.44}, {"叶", 0.43}, {"程", 0.42}, {"魏", 0.41}, {"苏", 0.40}, {"吕", 0.40}, {"丁", 0.39},
    {"任", 0.39}, {"卢", 0.38}, {"姚", 0.37}, {"沈", 0.36}, {"钟", 0.36}, {"姜", 0.35}, {"崔", 0.35}, {"谭", 0.34},
    {"陆", 0.33}, {"范", 0.32}, {"汪", 0.32}, {"廖", 0.31}, {"石", 0.31}, {"金", 0.30}, {"韦", 0.29}, {"贾", 0.29},
    {"夏", 0.28}, {"付", 0.28}, {"方", 0.27}, {"邹", 0.26}, {"熊", 0.26}, {"白", 0.26}, {"孟", 0.25}, {"秦", 0.25},
    {"邱", 0.25}, {"侯", 0.24}, {"江", 0.24}, {"尹", 0.23}, {"薛", 0.23}, {"闫", 0.22}, {"段", 0.22}, {"雷", 0.21},
    {"龙", 0.21}, {"黎", 0.20}, {"史", 0.20}, {"陶", 0.19}, {"贺", 0.19}, {"毛", 0.18}, {"郝", 0.18}, {"顾", 0.17},
    {"龚", 0.17}, {"邵", 0.17}, {"万", 0.16}, {"覃", 0.16}, {"武", 0.16}, {"钱", 0.16}, {"戴", 0.16}, {"严", 0.15},
    {"莫", 0.15}, {"孔", 0.15}, {"向", 0.14}, {"常", 0.14}, {"乌", 0.10}, {"包", 0.10}, {"云", 0.08}, {"奇", 0.03},
    {"宝", 0.03},
};

// Given names by era and sex: 0 before 1950, 1 the 1950s and 60s, 2 the 70s and 80s,
// 3 the 90s, 4 after 2000.
const QStringList kMale[5] = {
    utf8({"德明", "福生", "振华", "庆祥", "宝山", "玉林", "永福", "树林", "文华", "广才", "长春", "志成", "德胜",
          "万福"}),
    utf8({"建国", "建华", "国强", "建军", "卫东", "志强", "国庆", "红军", "跃进", "建平", "忠诚", "立新", "解放",
          "国华", "振国", "永红"}),
    utf8({"伟", "强", "磊", "军", "勇", "涛", "明", "超", "斌", "鹏", "辉", "刚", "海涛", "志刚", "建伟", "晓东",
          "海军", "利民"}),
    utf8(
        {"浩", "杰", "鑫", "鹏飞", "帅", "宇", "晨", "俊杰", "博", "凯", "浩然", "天宇", "昊", "子豪", "文博", "少华"}),
    utf8({"子轩", "浩宇", "宇轩", "梓轩", "俊熙", "一鸣", "浩然", "子墨", "沐阳", "宇航", "奕辰", "睿", "梓豪", "铭泽",
          "子睿", "皓轩"}),
};
const QStringList kFemale[5] = {
    utf8({"秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "凤英", "玉珍", "秀珍", "淑兰", "翠兰", "素珍", "凤兰",
          "玉英"}),
    utf8({"秀梅", "桂芳", "淑华", "丽华", "红英", "玉梅", "素梅", "建英", "爱华", "秀云", "冬梅", "凤琴", "桂珍",
          "美兰", "卫红", "亚萍"}),
    utf8({"敏", "静", "丽", "艳", "娟", "芳", "霞", "燕", "红梅", "海燕", "丽娟", "晓红", "秀梅", "春艳", "丽萍",
          "小红", "慧"}),
    utf8({"婷", "雪", "倩", "丹", "璐", "佳", "欣", "媛", "晓雪", "婷婷", "雪梅", "佳怡", "梦瑶", "思琪", "丽娜",
          "慧敏"}),
    utf8({"梓涵", "欣怡", "一诺", "子涵", "雨桐", "思涵", "诗涵", "可馨", "梓萱", "语桐", "紫涵", "若汐", "芷若",
          "依诺", "佳琪", "沐晴"}),
};

int eraOf(int birthYear)
{
    if (birthYear < 1950)
        return 0;
    if (birthYear < 1970)
        return 1;
    if (birthYear < 1990)
        return 2;
    if (birthYear < 2000)
        return 3;
    return 4;
}

} // namespace

QString Names::surname(Random &rng)
{
    static const QList<double> weights = [] {
        QList<double> w;
        for (const Weighted &s : kSurnames)
            w << s.weight;
        return w;
    }();
    return QString::fromUtf8(kSurnames[rng.weighted(weights)].text);
}

QString Names::givenName(Random &rng, const QString &sex, int birthYear)
{
    const QStringList &pool = (sex == QLatin1String("M") ? kMale : kFemale)[eraOf(birthYear)];
    return rng.pick(pool);
}

QStringList Names::communityNames()
{
    return {QStringLiteral("幸福社区"),   QStringLiteral("和平社区"),   QStringLiteral("光明社区"),
            QStringLiteral("建设社区"),   QStringLiteral("新华社区"),   QStringLiteral("东风社区"),
            QStringLiteral("团结社区"),   QStringLiteral("胜利社区"),   QStringLiteral("友谊社区"),
            QStringLiteral("育才社区"),   QStringLiteral("文化社区"),   QStringLiteral("解放社区"),
            QStringLiteral("民主社区"),   QStringLiteral("振兴社区"),   QStringLiteral("长青社区"),
            QStringLiteral("春华社区"),   QStringLiteral("锦绣社区"),   QStringLiteral("丰收社区"),
            QStringLiteral("金桥社区"),   QStringLiteral("青城社区"),   QStringLiteral("迎宾社区"),
            QStringLiteral("滨河社区"),   QStringLiteral("昭君社区"),   QStringLiteral("大学社区"),
            QStringLiteral("铁路社区"),   QStringLiteral("机场社区"),   QStringLiteral("阳光社区"),
            QStringLiteral("安康社区"),   QStringLiteral("兴隆社区"),   QStringLiteral("石羊桥社区"),
            QStringLiteral("通道社区"),   QStringLiteral("海拉尔社区"), QStringLiteral("工农兵社区"),
            QStringLiteral("南茶坊社区"), QStringLiteral("桥华社区"),   QStringLiteral("如意社区")};
}

QString Names::compoundName(Random &rng, int kind)
{
    static const QStringList units
        = utf8({"机械厂", "纺织厂", "电业局", "铁路局", "粮食局", "毛纺厂", "第二中学", "卫生局", "邮电局", "建筑公司",
                "糖厂", "供销社", "水泥厂", "财政局", "师范学院", "制药厂"});
    static const QStringList nice = utf8({"锦绣", "阳光", "金桥", "紫御", "万达", "富力", "康泰", "泰和", "恒大",
                                          "星河", "华府", "滨河", "和美", "盛世", "颐和", "御景"});
    static const QStringList endings = utf8({"花园", "名苑", "家园", "华庭", "嘉园", "公馆", "府", "城"});
    static const QStringList lanes
        = utf8({"槐树", "石羊", "太平", "大召", "小召", "五塔", "牛街", "通顺", "财神庙", "西顺城"});
    switch (kind) {
    case 0: return rng.pick(units) + (rng.chance(0.5) ? QStringLiteral("家属院") : QStringLiteral("小区"));
    case 1: return rng.pick(nice) + rng.pick(endings);
    default: return rng.pick(lanes) + (rng.chance(0.5) ? QStringLiteral("巷大院") : QStringLiteral("街院落"));
    }
}

} // namespace linli::demo
