#pragma once
// app/Icons: the application's SVG icons (resources/icons), tinted for the palette so they read on light and dark
// themes alike.
#include <QIcon>
#include <QString>

namespace xrs::app {

// Registers the embedded icons (":/xrs/icons"); themedIcon() calls it itself.
void ensureResources();

// ":/xrs/icons/<name>.svg" with `currentColor` replaced by the palette's text colour.
QIcon themedIcon(const QString& name);

}  // namespace xrs::app
