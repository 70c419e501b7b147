#pragma once

#include "arguments.h"

#include <QTextStream>

namespace linli::cli {

// Each command writes its result to `out` and returns the process exit code; errors go to
// stderr as one line through fail().
int runVersion(QTextStream &out);
int runDemo(const Arguments &args, QTextStream &out);
int runCheckId(const Arguments &args, QTextStream &out);
int runSearch(const Arguments &args, QTextStream &out);
int runCheck(const Arguments &args, QTextStream &out);
int runIssue(const Arguments &args, QTextStream &out);

// Prints "linli-cli: message" on stderr and returns `code`.
int fail(const QString &message, int code = 1);
constexpr int kUsageError = 2;

} // namespace linli::cli
