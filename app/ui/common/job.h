#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace linli {

class Database;

// The one way the UI runs long work (an export, the demo register, an import, a document): on a
// worker thread, with its own connection to the register, a progress dialog titled by the work
// with 取消, and the result back on the GUI thread. The window stays live while it runs.
class Job final
{
    Q_DECLARE_TR_FUNCTIONS(Job)
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
        // Read by the dialog: 0…1000, and the label.
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

    // Runs `work` and returns its status (ErrorCode::Cancelled when the person cancelled).
    static Status run(QWidget *parent, const QString &title, const QString &label, int stages, const Work &work);
    // The same, the work given its own connection to `db`, acting for the same user.
    static Status run(QWidget *parent, const QString &title, const QString &label, int stages,
                      const std::shared_ptr<Database> &db, const RegisterWork &work);

    // For tests: cancels the next job as soon as it starts.
    static void cancelNext();
};

} // namespace linli
