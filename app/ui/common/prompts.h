#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace linli::prompts {

// Every message box and file dialog of the application goes through here, so that tests can
// queue the answer a person would give instead of a blocking dialog appearing.
void queueAnswer(QMessageBox::StandardButton answer);
void queueFileName(const QString &fileName);
// A queued text answers the next text() prompt; a null QString() stands for Cancel.
void queueText(const QString &text);
// The texts of the messages shown (also recorded when a real dialog was shown).
QStringList shownMessages();
void clearShownMessages();

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
// A line of text (a name, a reason); a null string when the person cancels.
QString text(QWidget *parent, const QString &title, const QString &label, const QString &initial = QString());
// A short note in the status bar of the window (已保存, 已登记 2026-000458), recorded for tests.
void status(QWidget *widget, const QString &text);
QStringList shownStatus();
// A question answered by one of the buttons labelled `labels` (its index), or -1 for 取消; a
// queued text answers it by the label.
int buttons(QWidget *parent, const QString &title, const QString &text, const QStringList &labels);
// One of `items` (its index), or -1 when the person cancels; a queued text answers it by the
// item's text.
int choice(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current = 0);
// A missing start folder (a new machine's Documents) is replaced by the nearest that exists.
QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

} // namespace linli::prompts
