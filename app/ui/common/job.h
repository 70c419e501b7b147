#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;
class QWidget;

namespace linli {

class Database;

// The one way the UI runs long work (an export, the demo register, an import, a document): on the
// job's own worker thread, with its own connection to the register, progress and cancel, and the
// result back on the GUI thread. The window stays live while it runs.
//
// Either wait for it behind a progress dialog titled by the work (`run`, `exec`), or `start` it
// and follow `progressed` and `finished` in a dialog of one's own (the import shows its bar and
// 停止 in place). The thread lives as long as the job, so what the work made there (a laid-out
// document, whose fonts belong to the thread that laid it out) can be used there later through
// `runOnThread`.
class Job final : public QObject
{
    Q_OBJECT
public:
    // What the work reports and asks. Progress runs over `stages` parts one after the other, so
    // the bar only moves forward from one stage to the next.
    class Control
    {
    public:
        explicit Control(int stages = 1) : m_stages(stages < 1 ? 1 : stages) { }
        // Enters stage `index` (0-based) with the label shown above the bar.
        void stage(int index, const QString &label);
        // `done` of `total` of the current stage; false once the person pressed 取消.
        bool progress(qint64 done, qint64 total);
        bool cancelled() const { return m_cancelled.load(); }
        void cancel() { m_cancelled = true; }
        // Read by the GUI: 0…1000, and the label.
        int permille() const { return m_permille.load(); }
        QString label() const;

    private:
        const int m_stages;
        std::atomic<int> m_stage{0};
        std::atomic<int> m_permille{0};
        std::atomic<bool> m_cancelled{false};
        mutable std::atomic_flag m_lock = ATOMIC_FLAG_INIT;
        QString m_label;
    };
    using Work = std::function<Status(Control &)>;
    using RegisterWork = std::function<Status(Database &, Control &)>;

    // A job titled `title` whose work reports over `stages` stages, starting with `label`.
    Job(const QString &title, const QString &label, int stages = 1, QObject *parent = nullptr);
    // Cancels work still running, waits for it and ends the thread.
    ~Job() override;

    const QString &title() const { return m_title; }
    bool isRunning() const { return m_running; }
    void cancel() { m_control.cancel(); }

    // Starts `work` on the job's thread and returns at once; `finished` follows on the GUI thread
    // with its status (ErrorCode::Cancelled when the person cancelled). One work per job.
    void start(const Work &work);
    // The same, the work given its own connection to `db`, acting for the same user.
    void start(const std::shared_ptr<Database> &db, const RegisterWork &work);
    // Starts `work` and waits for it behind a window-modal progress dialog with 取消.
    Status exec(QWidget *parent, const Work &work);
    // Runs `fn` on the job's thread and waits for it (after the work has finished).
    void runOnThread(const std::function<void()> &fn);

    // A job for one work, waited for behind its progress dialog.
    static Status run(QWidget *parent, const QString &title, const QString &label, int stages, const Work &work);
    static Status run(QWidget *parent, const QString &title, const QString &label, int stages,
                      const std::shared_ptr<Database> &db, const RegisterWork &work);

    // For tests: cancels the next job as soon as it starts.
    static void cancelNext();

signals:
    // The bar (0…1000) and the label, at most ten times a second, only forward.
    void progressed(int permille, const QString &label);
    void finished(const linli::Status &status);

private:
    void report();

    const QString m_title;
    Control m_control;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: work sent to it runs there
    QTimer *m_tick = nullptr;
    bool m_running = false;
    bool m_started = false;
    int m_shownPermille = -1;
    QString m_shownLabel;
};

// The work of a job wrapped to open its own connection to `db` first.
Job::Work withOwnConnection(const std::shared_ptr<Database> &db, const Job::RegisterWork &work);

} // namespace linli
