// libFuzzer target of the workbook readers: the .xlsx reader (minizip's directory and inflate,
// expat on the XML parts, cell references, sparse rows, the memory bound), the .xls reader
// (FreeXL, in its own process) and the sniffing that tells files apart. Any input must give a
// table or an error, never a crash, a hang or unbounded memory.
//
// Built with clang by the LINLI_FUZZ option; `scripts/test` runs it for a short while on the
// workbooks of tests/data and tests/fuzz/seeds.
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace linli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The .xlsx reader reads files: the input goes through one.
    static const QString path = [] {
        std::atexit([] {
            QFile::remove(
                QDir::temp().filePath(QStringLiteral("linli-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid())));
        });
        return QDir::temp().filePath(QStringLiteral("linli-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid()));
    }();
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
        file.close();
        (void)XlsxReader::readFile(path);
        (void)XlsReader::readFile(path); // FreeXL, in its own process
        (void)WorkbookFile::read(path);
    }
    return 0;
}
