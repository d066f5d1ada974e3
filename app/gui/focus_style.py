"""A clearly visible keyboard focus: a 2-pixel outline in the highlight colour around the focused
button, field, box, check box or list, on top of whatever the platform style draws (some styles
only tint the frame, which is hard to see)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

FOCUS_WIDTH = 2

_CONTROLS = {
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
    QStyle.ControlElement.CE_ShapedFrame,
}
_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
    QStyle.ComplexControl.CC_Slider,
}
_PRIMITIVES = {QStyle.PrimitiveElement.PE_FrameLineEdit}


def _focused(option: QStyleOption, widget: QWidget | None) -> bool:
    return (widget is not None and widget.hasFocus()
            and bool(option.state & QStyle.StateFlag.State_HasFocus))


def draw_focus_outline(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH // 2
    painter.drawRect(rect.adjusted(inset, inset, -inset - 1 + FOCUS_WIDTH % 2,
                                   -inset - 1 + FOCUS_WIDTH % 2))
    painter.restore()


class FocusStyle(QProxyStyle):
    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS and _focused(option, widget):
            draw_focus_outline(painter, option.rect, option.palette)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and _focused(option, widget):
            draw_focus_outline(painter, option.rect, option.palette)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _PRIMITIVES and _focused(option, widget):
            draw_focus_outline(painter, option.rect, option.palette)


def install_focus_style(app: QApplication) -> None:
    """Wraps the application's current style (once) so focus is always drawn clearly."""
    if isinstance(app.style(), FocusStyle):
        return
    palette = app.palette()
    app.setStyle(FocusStyle(app.style().name()))
    app.setPalette(palette)
