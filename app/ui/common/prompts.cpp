#include "prompts.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QQueue>

#include <algorithm>

namespace linli::prompts {

namespace {

QQueue<QMessageBox::StandardButton> &answers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}

QQueue<QString> &fileNames()
{
    static QQueue<QString> queue;
    return queue;
}

QQueue<QString> &texts()
{
    static QQueue<QString> queue;
    return queue;
}

QStringList &shown()
{
    static QStringList list;
    return list;
}

} // namespace

void queueAnswer(QMessageBox::StandardButton answer)
{
    answers().enqueue(answer);
}

void queueFileName(const QString &fileName)
{
    fileNames().enqueue(fileName);
}

void queueText(const QString &text)
{
    texts().enqueue(text);
}

QStringList shownMessages()
{
    return shown();
}

void clearShownMessages()
{
    shown().clear();
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    shown() << text;
    if (!answers().isEmpty())
        return answers().dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    shown() << text;
    if (!answers().isEmpty()) {
        answers().dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    shown() << text;
    if (!answers().isEmpty()) {
        answers().dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    if (!texts().isEmpty())
        return texts().dequeue();
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? answer : QString();
}

static QStringList &statusNotes()
{
    static QStringList list;
    return list;
}

QStringList shownStatus()
{
    return statusNotes();
}

void status(QWidget *widget, const QString &text)
{
    statusNotes() << text;
    if (auto *window = widget ? qobject_cast<QMainWindow *>(widget->window()) : nullptr)
        window->statusBar()->showMessage(text, 8000);
    else if (widget && widget->window() && widget->window()->parentWidget())
        status(widget->window()->parentWidget(), text);
}

int buttons(QWidget *parent, const QString &title, const QString &text, const QStringList &labels)
{
    shown() << text;
    if (!texts().isEmpty())
        return int(labels.indexOf(texts().dequeue()));
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (const QString &label : labels)
        added << box.addButton(label, added.isEmpty() ? QMessageBox::AcceptRole : QMessageBox::ActionRole);
    QAbstractButton *later = box.addButton(QMessageBox::Cancel);
    box.setEscapeButton(later);
    box.exec();
    return int(added.indexOf(box.clickedButton()));
}

int choice(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current)
{
    if (items.isEmpty())
        return -1;
    QString answer;
    if (!texts().isEmpty()) {
        answer = texts().dequeue();
    } else {
        bool ok = false;
        answer = QInputDialog::getItem(parent, title, label, items, std::max(0, current), false, &ok);
        if (!ok)
            return -1;
    }
    return int(items.indexOf(answer));
}

namespace {

// A folder that exists, for a file dialog to start in: a missing one (a new machine's
// Documents) would otherwise be offered as the file's name.
QString existingStart(const QString &path, bool keepFileName)
{
    const QFileInfo info(path);
    if (info.isDir())
        return path;
    QDir dir = keepFileName ? info.dir() : QDir(path);
    while (!dir.exists() && !dir.isRoot() && dir.cdUp()) {
    }
    const QString folder = dir.exists() ? dir.absolutePath() : QDir::homePath();
    return keepFileName ? QDir(folder).filePath(info.fileName()) : folder;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, existingStart(dir, false), filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, existingStart(dir, !QFileInfo(dir).isDir()), filter);
}

} // namespace linli::prompts
