#pragma once

#include "access/actor.h"
#include "register/types.h"

#include <QWidget>

#include <memory>

class QSettings;
class QTimer;

namespace Ui {
class RegisterPage;
}

namespace linli {

class Database;
class HouseholdListModel;
class PlaceTreeModel;

// 住户: the place tree on the left, the households of the selection on the right, a search
// box that filters as one types, and the household editor.
class RegisterPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchLimit = 2000;

    RegisterPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~RegisterPage() override;

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);
    HouseholdListModel *householdModel() const { return m_households; }

public slots:
    // Shows what changed elsewhere (another workstation): the places and the households again,
    // keeping the chosen place, the household selected and the scroll position.
    void showChanges();
    void focusSearch();
    void newHousehold();
    void editHousehold();
    void moveOutHousehold();
    void registerIssue();
    void logVisit();
    // 区域管理, opened at the place chosen in the tree.
    void managePlaces();

signals:
    void issueRegistered(const QString &number);
    void visitLogged();

private:
    void applyFilter();
    // Reloads the tree after the places changed, keeping the node that was chosen.
    void reloadPlaces();
    void showPlaceMenu(const QPoint &position);
    void updateButtons();
    void updateCountLabel();
    qint64 currentHouseholdId() const;
    void selectHousehold(qint64 id);

    std::unique_ptr<Ui::RegisterPage> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    PlaceTreeModel *m_places = nullptr;
    HouseholdListModel *m_households = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_searchTruncated = false;
    QString m_searchHint;
};

} // namespace linli
