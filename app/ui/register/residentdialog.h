#pragma once

#include "register/membertablemodel.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResidentDialog;
}

namespace linli {

struct Error;

// Adds or edits one member of a household. Checks every field as it is typed and again on
// OK, showing messages under the fields; the register-wide checks run when the household is saved.
class ResidentDialog final : public QDialog
{
    Q_OBJECT
public:
    ResidentDialog(const QStringList &careTags, QWidget *parent = nullptr);
    ~ResidentDialog() override;

    void setMember(const MemberTableModel::Member &member);
    MemberTableModel::Member member() const { return m_member; }

    void accept() override;

private:
    void checkIdNumber();
    void checkPhone();
    void showError(const Error &error);
    void clearMessages();

    std::unique_ptr<Ui::ResidentDialog> m_ui;
    MemberTableModel::Member m_member;
};

} // namespace linli
