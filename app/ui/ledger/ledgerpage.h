#pragma once

#include "access/actor.h"
#include "ledger/workflow.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSettings;
class QTimer;

namespace Ui {
class LedgerPage;
}

namespace linli {

class Database;
class IssueTableModel;

// 问题台账: the issues coloured by warning, filters, the selected issue with its timeline, and
// buttons for exactly the actions that are legal now (for several selected issues: those legal
// for every one of them, so that one dispatch can send them all).
class LedgerPage final : public QWidget
{
    Q_OBJECT
public:
    LedgerPage(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);
    ~LedgerPage() override;

    IssueTableModel *issueModel() const { return m_issues; }
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public slots:
    void refresh();
    // Refills the category and department filters after the lists were edited.
    void reloadLists();
    // 登记问题: an issue about a place, or about a household named in it.
    void registerIssue();

signals:
    // A workflow action changed issues here.
    void issuesChanged();

private:
    void applyFilter();
    void selectionChanged();
    void showDetail(const QString &number);
    void runAction(IssueAction action);
    void attachFile();
    QStringList selectedNumbers() const;

    std::unique_ptr<Ui::LedgerPage> m_ui;
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    IssueTableModel *m_issues = nullptr;
    QList<QPushButton *> m_actionButtons;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace linli
