// libFuzzer target of the CSV reader (encodings, separators, quoting, the formula guard, the
// bounds on columns and cells) and of the reading back of what the .xls reader process writes.
// Any input must give a table or an error, never a crash, a hang or unbounded memory.
//
// Built with clang by the LINLI_FUZZ option; `scripts/test` runs it for a short while on the
// CSV files of tests/data.
#include "csvreader.h"
#include "xlsreader.h"

#include <cstddef>
#include <cstdint>

using namespace linli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CsvReader::read(bytes);
    // What the .xls reader process says is read back by the application: any bytes.
    (void)XlsReader::deserialize(bytes);
    return 0;
}
