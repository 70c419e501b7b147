#pragma once

#include "access/actor.h"
#include "ledger/ledgersettings.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace Ui {
class IssueDialog;
}

namespace linli {

class Database;

// Registers a new issue (登记). Opened from a household, the reporter (its head), phone and
// address are filled in; the issue is linked to the household.
class IssueDialog final : public QDialog
{
    Q_OBJECT
public:
    IssueDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~IssueDialog() override;

    void setHousehold(qint64 householdId);
    // An issue found on a visit: its household, the visit's date, source 入户走访.
    void setVisit(qint64 visitId, qint64 householdId, const QDate &date, const QString &findings);
    QString number() const { return m_number; }

    void accept() override;

private:
    void fillSubcategories();

    std::unique_ptr<Ui::IssueDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QList<IssueCategory> m_categories;
    qint64 m_householdId = 0;
    qint64 m_visitId = 0;
    QString m_number;
    QComboBox *m_gridComboBox = nullptr;
};

} // namespace linli
