// libFuzzer target of the readers that take files from outside: the CSV reader (encodings,
// quoting), the .xlsx reader (zip directory, inflate, XML parts, cell references), the .xls
// reader (FreeXL) and the sniffing that tells them apart. Any
// input must give a table or an error, never a crash, a hang or unbounded memory.
//
// Built with clang by the LINLI_FUZZ option; `scripts/test` runs it for a short while on the
// files of tests/data.
#include "csvreader.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace linli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CsvReader::read(bytes);
    // What the .xls reader process says is read back by the application: any bytes.
    (void)XlsReader::deserialize(bytes);

    // The .xlsx reader reads files: the input goes through one.
    static const QString path
        = QDir::temp().filePath(QStringLiteral("linli-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid()));
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
