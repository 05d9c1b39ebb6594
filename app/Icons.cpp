#include "app/Icons.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// The .qrc lives in a static library: its registration must be pulled in explicitly, from the global namespace.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    (void)done;
}

namespace xrs::app {

void ensureResources() { initIconResources(); }

QIcon themedIcon(const QString& name)
{
    ensureResources();
    QFile file(QStringLiteral(":/xrs/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QByteArray svg = file.readAll();
    // The SVGs draw with currentColor: paint them in the text colour of the current (light or dark) palette.
    svg.replace("currentColor", QApplication::palette().color(QPalette::WindowText).name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        renderer.render(&p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

}  // namespace xrs::app
