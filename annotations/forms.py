"""The workbench's forms: a judgement change, an added quote, a new speaker, a flag."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.utils import pretty_name

from annotations.judging import FIELDS
from annotations.models import Decision, QuoteKind, Speaker, StanceLabel


class JudgementForm(forms.Form):
    """A change to one judgement: only the fields the request sends are changed.

    The stance is checked against the project's labels, which are read only when a stance
    is sent.
    """

    version = forms.IntegerField(min_value=0)
    decision = forms.ChoiceField(choices=Decision.choices, required=False)
    stance = forms.ModelChoiceField(
        queryset=StanceLabel.objects.none(), to_field_name="key", required=False
    )
    speaker = forms.ModelChoiceField(queryset=Speaker.objects.all(), required=False)
    note = forms.CharField(required=False, strip=False, max_length=5000)
    start = forms.IntegerField(min_value=0, required=False)
    end = forms.IntegerField(min_value=0, required=False)
    speaker_start = forms.IntegerField(min_value=0, required=False, label="Mention start")
    speaker_end = forms.IntegerField(min_value=0, required=False, label="Mention end")

    def __init__(self, *args: Any, project_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stance = self.fields["stance"]
        assert isinstance(stance, forms.ModelChoiceField)
        stance.queryset = StanceLabel.objects.filter(project_id=project_id)

    def clean_stance(self) -> str:
        label: StanceLabel | None = self.cleaned_data["stance"]
        return label.key if label is not None else ""

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if not any(name in self.data for name in FIELDS):
            raise forms.ValidationError("Nothing to save.")
        return cleaned

    def changes(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in FIELDS if name in self.data}


class AddQuoteForm(forms.Form):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=0)
    kind = forms.ChoiceField(choices=QuoteKind.choices, required=False)


class NewSpeakerForm(forms.ModelForm[Speaker]):
    version = forms.IntegerField(min_value=0)

    class Meta:
        model = Speaker
        fields = ["name", "kind", "description"]


class FlagForm(forms.Form):
    reason = forms.CharField(max_length=2000, label="Reason")


def first_error(form: forms.BaseForm) -> str:
    """One line for the error banner."""
    for field, messages in form.errors.items():
        label = "" if field == "__all__" else f"{form.fields[field].label or pretty_name(field)}: "
        return f"{label}{messages[0]}"
    return "The request was not valid."
