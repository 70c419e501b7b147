#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class StatusDialog;
}

namespace linli {

// Asks for the date of a status change (moving out, death), and where to for moving out.
class StatusDialog final : public QDialog
{
    Q_OBJECT
public:
    StatusDialog(const QString &title, const QString &intro, bool askDestination, QWidget *parent = nullptr);
    ~StatusDialog() override;

    QDate date() const;
    QString destination() const;
    void setDate(const QDate &date);

private:
    std::unique_ptr<Ui::StatusDialog> m_ui;
};

} // namespace linli
