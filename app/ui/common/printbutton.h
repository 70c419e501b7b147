#pragma once

#include "access/actor.h"
#include "printing.h"

#include <QPushButton>

#include <functional>
#include <memory>
#include <optional>

namespace linli {

class Database;

// A document the person asked for: its title and how to make it from a register. `build` runs
// on a thread of its own, with a connection of its own.
struct PrintRequest {
    QString title;
    std::function<Result<Printing::Document>(Database &db, const PrintOptions &options)> build;
};

// 打印: a button whose menu offers, for each document of the page, 打印预览… and 导出 PDF…,
// and at the end the choice of full ID numbers and phones for an official submission (asked
// again and written to the audit log each time). Documents are made off the GUI thread with a
// progress dialog that can cancel them. A push button like its neighbours, so the style gives its
// menu arrow a place of its own beside the text.
class PrintButton final : public QPushButton
{
    Q_OBJECT
public:
    PrintButton(std::shared_ptr<Database> db, const Actor &actor, QWidget *parent = nullptr);

    // `request` returns nothing (after telling the person why) when there is nothing to print.
    using RequestSource = std::function<std::optional<PrintRequest>()>;
    void addDocument(const QString &label, const RequestSource &request, const QKeySequence &previewShortcut = {});

    bool fullNumbers() const;

    enum class Target { Preview, Pdf };
    // What the menu's entries do; public for the pages' own buttons and for tests.
    void print(const PrintRequest &request, Target target);

    // Tests see the finished document here instead of a modal print preview.
    static void setPreviewHook(std::function<void(const PrintDocument &)> hook);

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
    QAction *m_separator = nullptr; // documents go above it, the full-numbers choice below
    QAction *m_fullNumbers = nullptr;
};

} // namespace linli
