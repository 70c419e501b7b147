#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace linli::cli {

// The words after the command: positional values, --name value options and bare flags.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> options; // the last value of each option
    QHash<QString, QStringList> repeated; // every value of each option, in order (--grid A --grid B)
    QSet<QString> flags;
    QString error; // set when the words cannot be read

    static Arguments parse(const QStringList &words, const QSet<QString> &knownFlags);
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }
    QStringList values(const QString &name) const { return repeated.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

} // namespace linli::cli
