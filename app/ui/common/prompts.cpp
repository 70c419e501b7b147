#include "prompts.h"

#include "windowsize.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
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

// Qt's file dialog writes sizes and dates in the system's locale, which on a machine set to
// English (or to none) is English; this writes them in the application's language instead.
class LocalizedFileColumns final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !index.isValid())
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        switch (index.column()) {
        case 1: // size
            return files->isDir(source) ? QString() : QLocale().formattedDataSize(files->size(source), 1, QLocale::DataSizeTraditionalFormat);
        case 3: // modified
            return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
        default: return QIdentityProxyModel::data(index, role);
        }
    }
};

// Qt 6.4's Chinese catalogue lacks the file dialog's word for a folder (it moved to a context of
// its own); Linli's catalogue carries it.
struct Untranslated {
    const char *source;
    const char *comment;
};
[[maybe_unused]] const Untranslated kFolderWord[]
    = {QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms")};

QString askFileName(QWidget *parent, QFileDialog::AcceptMode mode, const QString &caption, const QString &start,
                    const QString &filter)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog.setProxyModel(new LocalizedFileColumns(&dialog)); // only Qt's own dialog uses it
    dialog.resize(820, 480); // room for the columns, within a 1024×600 screen
    fitToScreen(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return askFileName(parent, QFileDialog::AcceptOpen, caption, existingStart(dir, false), filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!fileNames().isEmpty())
        return fileNames().dequeue();
    return askFileName(parent, QFileDialog::AcceptSave, caption, existingStart(dir, !QFileInfo(dir).isDir()),
                       filter);
}

} // namespace linli::prompts
