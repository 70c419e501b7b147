#include "printbutton.h"

#include "common/job.h"

#include "common/prompts.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

namespace linli {

namespace {

std::function<void(const PrintDocument &)> &previewHook()
{
    static std::function<void(const PrintDocument &)> hook;
    return hook;
}

} // namespace

void PrintButton::setPreviewHook(std::function<void(const PrintDocument &)> hook)
{
    previewHook() = std::move(hook);
}

PrintButton::PrintButton(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent)
    : QPushButton(parent), m_db(std::move(db)), m_actor(actor)
{
    setText(tr("&Print"));
    setToolTip(tr("Print preview, print, or save as PDF"));
    auto *menu = new QMenu(this);
    m_separator = menu->addSeparator();
    m_fullNumbers = menu->addAction(tr("Full ID numbers and phones (official submission, recorded in the audit log)"));
    m_fullNumbers->setCheckable(true);
    setMenu(menu);
}

bool PrintButton::fullNumbers() const
{
    return m_fullNumbers->isChecked();
}

void PrintButton::addDocument(const QString &label, const RequestSource &request, const QKeySequence &previewShortcut)
{
    QMenu *m = menu();
    auto *preview = new QAction(tr("%1: print preview…").arg(label), m);
    auto *pdf = new QAction(tr("%1: save as PDF…").arg(label), m);
    if (!previewShortcut.isEmpty()) {
        preview->setShortcut(previewShortcut);
        preview->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // The shortcut works wherever the page has the focus, not only with the menu open.
        parentWidget()->addAction(preview);
    }
    m->insertAction(m_separator, preview);
    m->insertAction(m_separator, pdf);
    connect(preview, &QAction::triggered, this, [this, request] {
        if (auto r = request())
            print(r.value(), Target::Preview);
    });
    connect(pdf, &QAction::triggered, this, [this, request] {
        if (auto r = request())
            print(r.value(), Target::Pdf);
    });
}

void PrintButton::print(const PrintRequest &request, Target target)
{
    QWidget *parent = window();
    QString path;
    QSettings settings;
    if (target == Target::Pdf) {
        const QString folder = settings
                                   .value(QStringLiteral("print/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .toString();
        path = prompts::saveFileName(parent, tr("Save as PDF"),
                                     folder + QLatin1Char('/') + request.title + QStringLiteral(".pdf"),
                                     tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
            path += QStringLiteral(".pdf");
        settings.setValue(QStringLiteral("print/folder"), QFileInfo(path).absolutePath());
    }
    const bool full = fullNumbers();
    if (full
        && prompts::question(parent, tr("Full numbers"),
                             tr("%1 will show ID numbers and phones in full. This is for official submissions "
                                "only, and it is recorded in the audit log under your name. Continue?")
                                 .arg(request.title))
            != QMessageBox::Yes)
        return;

    PrintOptions options;
    options.fullNumbers = full;
    options.actor = m_actor;

    // A PDF is made and written by a job like any other long work: its own connection, 取消, and
    // no file left when cancelled (the PDF is written to a temporary file renamed at the end).
    if (target == Target::Pdf) {
        int pageCount = 0;
        const Status written
            = Job::run(parent, request.title, tr("Preparing %1…").arg(request.title), 2, m_db,
                       [&](Database &db, Job::Control &control) -> Status {
                           options.progress = [&control](int done, int total) { return control.progress(done, total); };
                           auto document = request.build(db, options);
                           if (!document)
                               return document.error();
                           control.stage(1, tr("Writing the pages of %1…").arg(request.title));
                           pageCount = document.value()->pageCount();
                           return document.value()->writePdf(
                               path, [&control](int done, int total) { return control.progress(done, total); });
                       });
        if (!written) {
            if (written.error().code == ErrorCode::Cancelled)
                prompts::status(parent, tr("%1 was cancelled; no file was written.").arg(request.title));
            else
                prompts::warning(parent, request.title, written.error().message);
            return;
        }
        prompts::information(parent, request.title,
                             tr("%1 (%n page(s)) was saved as %2.", nullptr, pageCount)
                                 .arg(request.title, QDir::toNativeSeparators(path)));
        return;
    }

    // The preview: the document is made by a job and painted on the job's thread, since Qt's
    // font engines belong to the thread that laid the text out and the preview asks for its
    // pages again as the person pages and zooms; the job lives as long as the preview.
    Job job(request.title, tr("Preparing %1…").arg(request.title), 1);
    Result<Printing::Document> document(Error{ErrorCode::Cancelled, {}, {}});
    const auto release = qScopeGuard([&] {
        // The document is destroyed where it was made.
        job.runOnThread([&] { document = Result<Printing::Document>(Error{ErrorCode::Cancelled, {}, {}}); });
    });
    const Status built = job.exec(parent, withOwnConnection(m_db, [&](Database &db, Job::Control &control) -> Status {
                                      options.progress
                                          = [&control](int done, int total) { return control.progress(done, total); };
                                      document = request.build(db, options);
                                      return document ? Status{} : Status(document.error());
                                  }));
    if (!built) {
        if (built.error().code != ErrorCode::Cancelled)
            prompts::warning(parent, request.title, built.error().message);
        return;
    }
    const PrintDocument &finished = *document.value();
    if (previewHook()) {
        previewHook()(finished);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(finished.pageLayout());
    printer.setDocName(request.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview: %1").arg(request.title));
    preview.resize(parent->size() * 0.9);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &finished, &job](QPrinter *p) {
        // The pages the print dialog asked for (all of them in the preview).
        const bool range = p->printRange() == QPrinter::PageRange;
        Status painted;
        job.runOnThread([&] { painted = finished.paint(p, range ? p->fromPage() : 0, range ? p->toPage() : 0); });
        if (!painted)
            prompts::warning(window(), finished.title(), painted.error().message);
    });
    preview.exec();
}

} // namespace linli
