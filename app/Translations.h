#pragma once
// app/Translations: the user-interface language. Our .qm files are embedded (":/i18n"); Qt's own translations come
// from the Qt installation. English is the source language.
#include <QList>
#include <QPair>
#include <QString>

class QApplication;

namespace xrs::app {

// language: "en", "ja", "de", … ; empty: the saved preference (QSettings "ui/language"), else the system locale.
// Replaces the translators a previous call installed, so the language can be switched at run time (widgets built
// before the switch keep their texts). Returns the language in effect ("en" when there is no translation for it).
QString installTranslations(QApplication& app, const QString& language);

// The languages with an embedded translation, English first: (code, name in that language), e.g. ("de", "Deutsch").
QList<QPair<QString, QString>> availableLanguages();

}  // namespace xrs::app
