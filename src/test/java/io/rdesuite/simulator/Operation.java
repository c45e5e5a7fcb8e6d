package io.rdesuite.simulator;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The four /v3 operations, each called with a valid request for a given task result id. */
enum Operation {
    START_REPORT {
        @Override
        Response call(RequestSpecification request, String id) {
            return request.contentType(ContentType.JSON).body(SimHarness.IDENTITIES_BODY).post("/v3/reports/run");
        }
    },
    GET_REPORT_RESULT {
        @Override
        Response call(RequestSpecification request, String id) {
            return request.get("/v3/reports/{id}/result", id);
        }
    },
    GET_REPORT {
        @Override
        Response call(RequestSpecification request, String id) {
            return request.queryParam("fileFormat", "csv").get("/v3/reports/{id}", id);
        }
    },
    CANCEL_REPORT {
        @Override
        Response call(RequestSpecification request, String id) {
            return request.post("/v3/reports/{id}/cancel", id);
        }
    };

    abstract Response call(RequestSpecification request, String id);
}
