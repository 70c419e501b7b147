// linli-xls-reader FILE.xls: reads an Excel 97–2003 workbook with FreeXL in a process of its
// own and writes its sheets on standard output (XlsReader::serialize), so that a file that
// crashes the parser only costs that file an error in the application.
#include "xlsreader.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A bounded address space and no core files: a crafted file gets no more than this.
    const rlimit memory{4ULL << 30, 4ULL << 30};
    setrlimit(RLIMIT_AS, &memory);
    const rlimit core{0, 0};
    setrlimit(RLIMIT_CORE, &core);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2)
        return 2;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(linli::XlsReader::serialize(linli::XlsReader::readInProcess(args.at(1))));
    out.flush();
    return 0;
}
