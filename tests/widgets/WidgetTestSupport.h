#pragma once
// Helpers shared by the widget suites: finding a form's editors by objectName, and measuring whether the GUI thread
// kept turning (the ticks of a 10 ms timer and the longest gap between two).
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace xrs::test {

// The child of `form` named `name` (fatal when there is none: the form lost a field).
template <typename W>
W* field(QWidget& form, const char* name)
{
    auto* w = form.findChild<W*>(QString::fromLatin1(name));
    if (!w) qFatal("no field %s", name);
    return w;
}

inline void setText(QWidget& form, const char* name, const QString& value)
{
    field<QLineEdit>(form, name)->setText(value);
}

// Selects the item whose data is `value`.
inline void setData(QWidget& form, const char* name, const QString& value)
{
    auto* combo = field<QComboBox>(form, name);
    const int i = combo->findData(value);
    if (i < 0) qFatal("no item %s in %s", qPrintable(value), name);
    combo->setCurrentIndex(i);
}

// Counts the ticks of a 10 ms timer and the longest gap between two: the GUI thread never blocked if it stays short.
struct TickCounter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    int ticks = 0;
    TickCounter()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            maxGap = std::max(maxGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
    }
    void reset()
    {
        last = clock.elapsed();
        maxGap = 0;
        ticks = 0;
    }
};

}  // namespace xrs::test
