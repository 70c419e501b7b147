#include "job.h"

#include "storage/database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace linli {

namespace {

std::atomic<bool> g_cancelNext{false};

} // namespace

void Job::Control::stage(int index, const QString &label)
{
    m_stage = std::clamp(index, 0, m_stages - 1);
    while (m_lock.test_and_set(std::memory_order_acquire)) {
    }
    m_label = label;
    m_lock.clear(std::memory_order_release);
    m_permille = std::max(m_permille.load(), 1000 * m_stage.load() / m_stages);
}

bool Job::Control::progress(qint64 done, qint64 total)
{
    if (total > 0) {
        const double part = std::clamp(double(done) / double(total), 0.0, 1.0);
        const int value = int(1000.0 * (m_stage.load() + part) / m_stages);
        m_permille = std::max(m_permille.load(), value);
    }
    return !cancelled();
}

QString Job::Control::label() const
{
    while (m_lock.test_and_set(std::memory_order_acquire)) {
    }
    QString copy = m_label;
    m_lock.clear(std::memory_order_release);
    return copy;
}

void Job::cancelNext()
{
    g_cancelNext = true;
}

Job::Work withOwnConnection(const std::shared_ptr<Database> &db, const Job::RegisterWork &work)
{
    return [db, work](Job::Control &control) -> Status {
        // Each thread opens the register for itself; the connection closes with the work.
        auto own = db->openAnother();
        if (!own)
            return own.error();
        return work(*own.value(), control);
    };
}

Job::Job(const QString &title, const QString &label, int stages, QObject *parent)
    : QObject(parent), m_title(title), m_control(stages), m_thread(new QThread), m_context(new QObject),
      m_tick(new QTimer(this))
{
    m_control.stage(0, label);
    m_thread->setObjectName(QStringLiteral("job"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &Job::report);
}

Job::~Job()
{
    m_control.cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void Job::report()
{
    if (m_control.cancelled())
        return;
    const int permille = m_control.permille();
    const QString label = m_control.label();
    if (permille == m_shownPermille && label == m_shownLabel)
        return;
    m_shownPermille = permille;
    m_shownLabel = label;
    emit progressed(permille, label);
}

void Job::start(const Work &work)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_running = true;
    if (g_cancelNext.exchange(false))
        m_control.cancel();
    report();
    m_tick->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, work] {
            const Status status = work(m_control);
            // Back on the GUI thread; dropped if the job is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, status] {
                    m_running = false;
                    m_tick->stop();
                    // Work stopped by 取消 reports it in its own words, or not at all: it was cancelled.
                    if (m_control.cancelled())
                        emit finished(Error{ErrorCode::Cancelled, tr("%1 was cancelled.").arg(m_title), {}});
                    else {
                        report();
                        emit finished(status);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Job::start(const std::shared_ptr<Database> &db, const RegisterWork &work)
{
    start(withOwnConnection(db, work));
}

void Job::runOnThread(const std::function<void()> &fn)
{
    QMetaObject::invokeMethod(m_context, fn, Qt::BlockingQueuedConnection);
}

Status Job::exec(QWidget *parent, const Work &work)
{
    QProgressDialog dialog(m_control.label(), tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(m_title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    connect(&dialog, &QProgressDialog::canceled, this, [this, &dialog] {
        cancel();
        dialog.setLabelText(tr("Cancelling…"));
    });
    connect(this, &Job::progressed, &dialog, [&dialog](int permille, const QString &label) {
        dialog.setValue(permille);
        if (!label.isEmpty() && dialog.labelText() != label)
            dialog.setLabelText(label);
    });
    Status result;
    QEventLoop loop;
    connect(this, &Job::finished, &loop, [&result, &loop](const Status &status) {
        result = status;
        loop.quit();
    });
    start(work);
    // The GUI stays live: the bar moves and 取消 answers while the worker runs.
    loop.exec();
    dialog.reset();
    return result;
}

Status Job::run(QWidget *parent, const QString &title, const QString &label, int stages, const Work &work)
{
    Job job(title, label, stages);
    return job.exec(parent, work);
}

Status Job::run(QWidget *parent, const QString &title, const QString &label, int stages,
                const std::shared_ptr<Database> &db, const RegisterWork &work)
{
    return run(parent, title, label, stages, withOwnConnection(db, work));
}

} // namespace linli
