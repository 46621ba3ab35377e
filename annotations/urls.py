from __future__ import annotations

from django.urls import path

from annotations import views

urlpatterns = [
    path("", views.home, name="home"),
    path("next/", views.next_article, name="next_article"),
    path("articles/<int:pk>/", views.article, name="article"),
    path("articles/<int:pk>/quotes/<int:quote_pk>/", views.quote, name="quote"),
    path("articles/<int:pk>/quotes/<int:quote_pk>/judge/", views.judge, name="judge"),
    path("articles/<int:pk>/quotes/<int:quote_pk>/speaker/", views.new_speaker, name="new_speaker"),
    path("articles/<int:pk>/quotes/<int:quote_pk>/flag/", views.flag, name="flag"),
    path("articles/<int:pk>/quotes/add/", views.add_quote, name="add_quote"),
    path("articles/<int:pk>/undo/", views.undo, name="undo"),
    path("articles/<int:pk>/done/", views.mark_done, name="mark_done"),
    path("articles/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("speakers/", views.speaker_search, name="speaker_search"),
    path("projects/<slug:slug>/guidelines/", views.guidelines, name="guidelines"),
]
