#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#include <algorithm>

namespace linli {

namespace {

const QString kMinutesKey = QStringLiteral("security/idleLockMinutes");

} // namespace

IdleLock::IdleLock(QObject *parent) : QObject(parent), m_limit(qint64(configuredMinutes()) * 60 * 1000)
{
    m_idle.start();
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer.start(1000);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

int IdleLock::configuredMinutes()
{
    const int minutes = QSettings().value(kMinutesKey, kDefaultMinutes).toInt();
    return std::clamp(minutes, kMinMinutes, kMaxMinutes);
}

void IdleLock::setConfiguredMinutes(int minutes)
{
    QSettings().setValue(kMinutesKey, std::clamp(minutes, kMinMinutes, kMaxMinutes));
}

void IdleLock::setLimit(qint64 msecs)
{
    m_limit = msecs;
    m_timer.setInterval(int(std::clamp<qint64>(msecs / 4, 10, 1000)));
}

void IdleLock::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_idle.restart();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::TouchBegin: m_idle.restart(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (m_enabled && m_idle.elapsed() >= m_limit) {
        m_enabled = false;
        emit lockRequested();
    }
}

} // namespace linli
