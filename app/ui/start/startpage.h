#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace linli {

// What the window shows while no register is open: 新建登记册, 打开登记册, 打开演示登记册,
// 从 Excel 新建, and the registers opened lately (Enter or a double click opens one).
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void excelRequested();
    void recentChosen(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
};

} // namespace linli
