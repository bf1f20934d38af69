#pragma once

class QWidget;

//! Opens the About box window-modally (it does not block the caller) and returns at once.
void openAboutDialog(QWidget *parent);
