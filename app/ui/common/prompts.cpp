#include "prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

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

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace linli::prompts
