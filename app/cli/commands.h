#pragma once

#include "arguments.h"
#include "common/result.h"
#include "register/placerepository.h"
#include "session.h"

#include <QDate>
#include <QTextStream>

#include <memory>

class QElapsedTimer;

namespace linli {
class Database;
class PrintDocument;
} // namespace linli

namespace linli::cli {

// Each command writes its result to `out` and returns the process exit code; errors go to
// stderr as one line through fail().
int runVersion(QTextStream &out);
int runDemo(const Arguments &args, QTextStream &out);
int runCheckId(const Arguments &args, QTextStream &out);
int runSearch(const Arguments &args, QTextStream &out);
int runCheck(const Arguments &args, QTextStream &out);
int runAudit(const Arguments &args, QTextStream &out);
int runBackup(const Arguments &args, QTextStream &out);
int runIssue(const Arguments &args, QTextStream &out);
int runVisit(const Arguments &args, QTextStream &out);
int runVisits(const Arguments &args, QTextStream &out);
int runCoverage(const Arguments &args, QTextStream &out);
int runExport(const Arguments &args, QTextStream &out);
int runImport(const Arguments &args, QTextStream &out);
int runPrint(const Arguments &args, QTextStream &out);
int runReport(const Arguments &args, QTextStream &out);
int runInit(const Arguments &args, QTextStream &out);
int runUser(const Arguments &args, QTextStream &out);
int runPlace(const Arguments &args, QTextStream &out);
int runTemplate(const Arguments &args, QTextStream &out);
int runColumns(const Arguments &args, QTextStream &out);
int runHousehold(const Arguments &args, QTextStream &out);
int runResident(const Arguments &args, QTextStream &out);

// Reads --NAME as a YYYY-MM-DD date into *date when it is given; on a bad date sets *code to
// the exit code of the message printed and returns false.
bool readDate(const Arguments &args, const QString &name, QDate *date, int *code);

// A grid named NAME, or 社区名/网格名 where several communities have a grid of that name.
Result<qint64> findGrid(Database &db, const QString &name);
// Likewise a compound (社区名/小区名) or a building (小区名/楼栋名).
Result<qint64> findPlace(Database &db, PlaceKind kind, const QString &name);

// Writes a document as PDF and says so ("…: N pages written to FILE (S s)"); the exit code.
int writePdf(QTextStream &out, const PrintDocument &document, const QString &target, const QElapsedTimer &timer);

// Prints "linli-cli: message" on stderr and returns `code`.
int fail(const QString &message, int code = 1);
constexpr int kUsageError = 2;

} // namespace linli::cli
