#pragma once

#include "register/membertablemodel.h"

#include "common/result.h"

#include <QDialog>

#include <functional>

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

    // How the member's numbers are shown: an ID number of a saved member masked until revealed
    // through `reveal` (which asks the core, and so is audited), phones masked unless fullPhones.
    // Without `reveal` (a role that may not see it) the number stays masked and cannot be edited.
    void setPrivacy(std::function<Result<QString>()> reveal, bool fullPhones);
    void setMember(const MemberTableModel::Member &member);
    MemberTableModel::Member member() const { return m_member; }

    void accept() override;

private:
    void checkIdNumber();
    void revealIdNumber();
    void showNumbers();
    void checkPhone();
    void showError(const Error &error);
    void clearMessages();

    std::unique_ptr<Ui::ResidentDialog> m_ui;
    MemberTableModel::Member m_member;
    std::function<Result<QString>()> m_reveal;
    bool m_fullPhones = true;
};

} // namespace linli
