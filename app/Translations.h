#pragma once
// app/Translations: the user-interface language. Our .qm files are embedded (":/i18n"); Qt's own translations come
// from the Qt installation. English is the source language.
#include <QString>

class QApplication;

namespace xrs::app {

// language: "en", "ja", … ; empty: the saved preference (QSettings "ui/language"), else the system locale.
// Returns the language in effect.
QString installTranslations(QApplication& app, const QString& language);

}  // namespace xrs::app
