#include "helpdialogs.h"

#include "common/windowsize.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

// The manual's resource lives in a static library: it is registered by hand, outside any namespace.
static void initManualResource()
{
    Q_INIT_RESOURCE(manual);
}

namespace linli::help {

namespace {

QDialog *makeDialog(QWidget *parent, const QString &title, const char *name)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QString::fromLatin1(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(720, 560);
    return dialog;
}

void finish(QDialog *dialog, QWidget *content)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(dialog);
    dialog->open();
}

// A label as a person reads it: without the mnemonic's & or the trailing "…".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // 新建(&N) in Chinese
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void showManual(QWidget *parent)
{
    initManualResource();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QFile file(chinese ? QStringLiteral(":/manual/manual_zh_CN.html") : QStringLiteral(":/manual/manual_en.html"));
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    QDialog *dialog = makeDialog(parent, QCoreApplication::translate("linli::help", "User guide"), "manualDialog");
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("manualBrowser"));
    browser->setHtml(html);
    finish(dialog, browser);
}

void showShortcuts(QWidget *window)
{
    // Each key once, with everything it does (a page's keys act on whichever page is showing).
    QMap<QString, QStringList> keys;
    auto add = [&keys](const QKeySequence &key, const QString &label) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (text.isEmpty() || label.isEmpty())
            return;
        QStringList &labels = keys[text];
        if (!labels.contains(label))
            labels << label;
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            add(key, plain(action->text()));
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        add(shortcut->key(), shortcut->whatsThis());
    }
    QDialog *dialog
        = makeDialog(window, QCoreApplication::translate("linli::help", "Keyboard shortcuts"), "shortcutsDialog");
    auto *table = new QTableWidget(int(keys.size()) + 1, 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("linli::help", "Key"),
                                      QCoreApplication::translate("linli::help", "Does")});
    int row = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it, ++row) {
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(it.value().join(QStringLiteral("；"))));
    }
    table->setItem(row, 0, new QTableWidgetItem(QCoreApplication::translate("linli::help", "Alt+underlined letter")));
    table->setItem(row, 1,
                   new QTableWidgetItem(QCoreApplication::translate("linli::help",
                                                                    "The menu or button with that letter underlined")));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setWordWrap(true); // a key of every page lists them all, wrapped
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    finish(dialog, table);
}

} // namespace linli::help
