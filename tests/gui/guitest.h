#pragma once

#include "access/logindialog.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

// The account the GUI tests log in as: the first administrator of a test register, made by the
// first-administrator dialog on opening it. Every login dialog is answered with it.
inline const QString kGuiTestUser = QStringLiteral("tester");
inline const QString kGuiTestPassword = QStringLiteral("tester-pass1");

namespace linli::test {

// A widget by object name, with a warning naming it when it is missing.
template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

// Dialogs open non-blocking with open(); waits until one is showing.
template<typename T> T *waitForDialog(QObject *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>()) && found->isVisible(); }, 3000);
    return found && found->isVisible() ? found : nullptr;
}

} // namespace linli::test

// QTEST_MAIN, with the login dialogs answered by the test account.
#define LINLI_GUI_TEST_MAIN(TestObject)                                                                                \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        QStandardPaths::setTestModeEnabled(true); /* settings of their own, not the user's */                         \
        linli::LoginDialog::answerAllWith(kGuiTestUser, kGuiTestPassword);                                             \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
