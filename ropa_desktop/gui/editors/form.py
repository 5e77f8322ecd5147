"""The editors' forms, in one place to import from: a form over an object and the forms inside it."""

from ropa_desktop.gui.editors.nested import ObjectListField, SubObjectField
from ropa_desktop.gui.editors.object_form import AdvancedGroup, ObjectForm, Section, Spec, law_text, split_path

__all__ = ["AdvancedGroup", "ObjectForm", "ObjectListField", "Section", "Spec", "SubObjectField", "law_text",
           "split_path"]
