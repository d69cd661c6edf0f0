"""extract builds its claims without validating their values again (records.trusted_record): the
claims must be the records that validation gives from the same values."""

from pathlib import Path

import pydantic
import pytest

from factx import extract
from factx.records import Claim

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
TEXTS = [p.read_text() for p in ARTICLES] + [
    "Some 5,000 people are camped in Calais, and 700 to 800 were moved on Tuesday.",
    "Britain has sent over £100 million to France; 40% of the 1,200 migrants were women.",
]


def _validated(claim: Claim) -> Claim:
    return Claim(**{name: getattr(claim, name) for name in Claim.model_fields})


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("doc_id, published", [(None, None), ("d1", "2015-08-20")])
def test_claims_are_what_validation_gives(text, doc_id, published):
    claims = extract(text, doc_id=doc_id, published=published)
    assert claims
    for claim in claims:
        again = _validated(claim)
        assert claim == again
        assert list(claim.__dict__) == list(again.__dict__) == list(Claim.model_fields)
        assert [type(v) for v in claim.__dict__.values()] == [type(v) for v in again.__dict__.values()]
        assert claim.__pydantic_fields_set__ == again.__pydantic_fields_set__
        assert claim.model_dump() == again.model_dump()
        assert repr(claim) == repr(again)
        assert hash(claim.span) == hash(again.span)


def test_a_doc_id_of_another_type_is_still_validated():
    with pytest.raises(pydantic.ValidationError):
        extract("Some 5,000 people are camped in Calais.", doc_id=5)


def test_claims_stay_frozen():
    claim = extract("Some 5,000 people are camped in Calais.")[0]
    with pytest.raises(pydantic.ValidationError):
        claim.low = 1.0
