#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "register/types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HouseholdDialog;
}

namespace linli {

class Database;
class MemberTableModel;

// Registers a new household or edits one, with its members. Nothing is written until Save;
// then the household, any new compound or building, its tags and every member change are
// written in one transaction, or none of them. On failure the dialog stays open as it was.
class HouseholdDialog final : public QDialog
{
    Q_OBJECT
public:
    HouseholdDialog(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    // A new household, placed where the tree selection is.
    void startNew(const HouseholdFilter &place);
    Status load(qint64 householdId);
    qint64 householdId() const { return m_household.meta.id; }

    void accept() override;

signals:
    void saved(qint64 householdId);

private:
    void fillGrids();
    void fillCompounds();
    void fillBuildings();
    void updateAddressPreview();
    void addMember();
    void editMember();
    void changeMemberStatus(const QString &status);
    int selectedMemberRow() const;
    Result<qint64> save();
    QStringList careTagNames() const { return m_careTags; }

    std::unique_ptr<Ui::HouseholdDialog> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    Household m_household;
    QStringList m_householdTags;
    QStringList m_careTags;
    MemberTableModel *m_members = nullptr;
};

} // namespace linli
