#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace linli::cli {

// The words after the command: positional values, --name value options and bare flags.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QString error; // set when the words cannot be read

    static Arguments parse(const QStringList &words, const QSet<QString> &knownFlags);
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

} // namespace linli::cli
