#pragma once

#include "access/actor.h"

#include <QDate>
#include <QDialog>

#include <functional>

#include <memory>

class QTimer;

namespace Ui {
class VisitDialog;
}

namespace linli {

class Database;

// Logs a visit in a few keystrokes: the household found by search as one types (or given by
// the page it was opened from), the date (today), the kind, the members met, notes and
// findings. With "register an issue" checked, the issue form opens next, linked to the visit.
class VisitDialog final : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~VisitDialog() override;

    void setHousehold(qint64 householdId);
    qint64 visitId() const { return m_visitId; }
    bool wantsIssue() const;

    void accept() override;

    // Opens the dialog (for `householdId`, or with a search if 0). When the visit is saved,
    // `logged` is called with an empty string, and again with the issue's number if one is
    // registered from the visit.
    static void logVisit(QWidget *parent, const std::shared_ptr<Database> &db, const Actor &actor, qint64 householdId,
                         const std::function<void(const QString &)> &logged);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();

    std::unique_ptr<Ui::VisitDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QTimer *m_searchTimer = nullptr;
    qint64 m_householdId = 0;
    qint64 m_visitId = 0;
    QDate m_visitDate;
    QString m_findings;
};

} // namespace linli
