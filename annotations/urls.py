from __future__ import annotations

from django.urls import path

from annotations import views

urlpatterns = [
    path("", views.home, name="home"),
    path("next/", views.next_article, name="next_article"),
    path("articles/<id:pk>/", views.article, name="article"),
    path("articles/<id:pk>/quotes/<id:quote_pk>/", views.quote, name="quote"),
    path("articles/<id:pk>/quotes/<id:quote_pk>/judge/", views.judge, name="judge"),
    path("articles/<id:pk>/quotes/<id:quote_pk>/speaker/", views.new_speaker, name="new_speaker"),
    path("articles/<id:pk>/quotes/<id:quote_pk>/flag/", views.flag, name="flag"),
    path("articles/<id:pk>/quotes/add/", views.add_quote, name="add_quote"),
    path("articles/<id:pk>/undo/", views.undo, name="undo"),
    path("articles/<id:pk>/done/", views.mark_done, name="mark_done"),
    path("articles/<id:pk>/reopen/", views.reopen, name="reopen"),
    path("speakers/", views.speaker_search, name="speaker_search"),
    path("projects/<slug:slug>/guidelines/", views.guidelines, name="guidelines"),
]
