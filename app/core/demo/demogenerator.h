#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace linli {

struct DemoOptions {
    QString preset = QStringLiteral("community"); // community, street or district
    int households = 0; // 0: the preset's number
    quint64 seed = 1;
    QDate today = QDate::currentDate();
    int years = 1; // how many years of issues (and visits) up to today, 1 to 5
};

struct DemoSummary {
    int communities = 0;
    int grids = 0;
    int compounds = 0;
    int buildings = 0;
    int households = 0;
    int residents = 0;
    int issues = 0;
    int visits = 0;
};

// Writes a realistic demo register. The same options give the same register every time.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // Called now and then with households written so far and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Every account of a demo register has this password: admin (系统管理员), street (街道工作人员),
    // community1… (a community admin per community) and grid1-1… (a grid worker per grid).
    static inline const QString kDemoPassword = QStringLiteral("linli-demo");

    static Result<int> presetHouseholds(const QString &preset);
    // Refuses to touch an existing file. Works in PATH.partial and renames it when complete,
    // so that a cancelled or failed run leaves nothing behind.
    static Result<DemoSummary> generate(const QString &path, const DemoOptions &options, const Progress &progress = {});
};

} // namespace linli
