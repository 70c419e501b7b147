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

Status Job::run(QWidget *parent, const QString &title, const QString &label, int stages, const Work &work)
{
    Control control(stages);
    control.stage(0, label);
    if (g_cancelNext.exchange(false))
        control.cancel();
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&control, &dialog] {
        control.cancel();
        dialog.setLabelText(tr("Cancelling…"));
    });
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&control, &dialog] {
        if (control.cancelled())
            return;
        dialog.setValue(control.permille());
        const QString text = control.label();
        if (!text.isEmpty() && dialog.labelText() != text)
            dialog.setLabelText(text);
    });
    tick.start();

    Status result;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = work(control); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    // The GUI stays live: the bar moves and 取消 answers while the worker runs.
    loop.exec();
    thread->wait();
    tick.stop();
    dialog.reset();
    // Work stopped by 取消 reports it in its own words, or not at all: it was cancelled.
    if (control.cancelled())
        return Error{ErrorCode::Cancelled, tr("%1 was cancelled.").arg(title), {}};
    return result;
}

Status Job::run(QWidget *parent, const QString &title, const QString &label, int stages,
                const std::shared_ptr<Database> &db, const RegisterWork &work)
{
    return run(parent, title, label, stages, [&db, &work](Control &control) -> Status {
        auto own = db->openAnother();
        if (!own)
            return own.error();
        return work(*own.value(), control);
    });
}

} // namespace linli
